#pragma once
// Just enough YAML to read docs/api/openapi.yaml in tests: block mappings, block
// sequences, one-line scalars (quotes stripped) and flow lists "[a, b]". Not a general
// YAML parser; the file's header says which subset it keeps to.
#include <QString>
#include <QVariant>

namespace metodist::test {

QVariant parseMiniYaml(const QString &text);
QVariant yamlFile(const QString &path);
// Follows "a/b/c" through nested maps; an invalid QVariant when a step is missing.
QVariant yamlAt(const QVariant &root, const QStringList &path);

} // namespace metodist::test
