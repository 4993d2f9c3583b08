#include "surveys.h"

#include "io/xlsxwriter.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace metodist::support {

QList<SurveyDefinition> Surveys::definitions()
{
    return {{QStringLiteral("course_satisfaction"), tr("Satisfaction with a programme"), true,
             {{QStringLiteral("content"), tr("The content met my professional needs")},
              {QStringLiteral("instructors"), tr("The instructors' work")},
              {QStringLiteral("organisation"), tr("Organisation of the training")},
              {QStringLiteral("usefulness"), tr("Usefulness for my practice")}}},
            {QStringLiteral("young_teacher_support"), tr("Support of a young teacher"), false,
             {{QStringLiteral("mentor_help"), tr("The mentor's help")},
              {QStringLiteral("adaptation"), tr("My adaptation at the school")}}}};
}

SurveyDefinition Surveys::definition(const QString &code)
{
    for (const SurveyDefinition &d : definitions())
        if (d.code == code)
            return d;
    return {};
}

QString Surveys::overallText() { return tr("Overall satisfaction"); }

QString Surveys::save(const Database &db, const SurveyResponse &r)
{
    const SurveyDefinition def = definition(r.surveyCode);
    if (def.code.isEmpty())
        throw Error(tr("Survey: unknown questionnaire \"%1\".").arg(r.surveyCode));
    QJsonObject answers;
    for (const SurveyQuestion &q : def.questions) {
        const int mark = r.answers.value(q.code, 0);
        if (mark < 1 || mark > 5)
            throw Error(tr("Survey: the answer to \"%1\" must be from 1 to 5.").arg(q.text));
        answers.insert(q.code, mark);
    }
    if (r.satisfaction < 1 || r.satisfaction > 5)
        throw Error(tr("Survey: the answer to \"%1\" must be from 1 to 5.").arg(overallText()));
    if (!r.comment.trimmed().isEmpty())
        answers.insert(QStringLiteral("comment"), r.comment.trimmed());
    if (!r.answeredOn.isValid())
        throw Error(tr("Survey: the date of the answer is required."));
    QVariant muni;
    if (def.aboutGroup) {
        if (r.groupId.isEmpty())
            throw Error(tr("Survey: \"%1\" is answered about a group; choose the group.").arg(def.title));
        QSqlQuery g = sql::exec(db.db(), QStringLiteral("SELECT municipality_id FROM study_group WHERE id = ? AND deleted = 0"), {r.groupId});
        if (!g.next())
            throw Error(tr("Survey: no group %1.").arg(r.groupId));
        muni = g.value(0);
    } else if (!r.personId.isEmpty()) {
        muni = sql::scalar(db.db(), QStringLiteral("SELECT municipality_id FROM person WHERE id = ?"), {r.personId});
    }
    return Rows::insert(db, QStringLiteral("survey_response"),
                        {{QStringLiteral("municipality_id"), muni},
                         {QStringLiteral("survey_code"), r.surveyCode},
                         {QStringLiteral("person_id"), r.personId.isEmpty() ? QVariant() : QVariant(r.personId)},
                         {QStringLiteral("group_id"), r.groupId.isEmpty() ? QVariant() : QVariant(r.groupId)},
                         {QStringLiteral("answered_on"), r.answeredOn.toString(Qt::ISODate)},
                         {QStringLiteral("answers"), QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact))},
                         {QStringLiteral("satisfaction"), r.satisfaction}});
}

SurveyResults Surveys::results(const Database &db, const QString &surveyCode, const QDate &from, const QDate &to,
                               const QString &programmeId)
{
    const SurveyDefinition def = definition(surveyCode);
    SurveyResults res;
    res.surveyCode = surveyCode;
    QList<SurveyQuestion> asked = def.questions;
    asked.append({QStringLiteral("satisfaction"), overallText()});
    for (const SurveyQuestion &q : asked) {
        QuestionStats stats;
        stats.code = q.code;
        stats.text = q.text;
        res.questions.append(stats);
    }
    const int overall = int(res.questions.size()) - 1;

    QString where = QStringLiteral("s.deleted = 0 AND s.survey_code = ?");
    QVariantList values{surveyCode};
    if (from.isValid()) {
        where += QStringLiteral(" AND s.answered_on >= ?");
        values << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND s.answered_on <= ?");
        values << to.toString(Qt::ISODate);
    }
    if (!programmeId.isEmpty()) {
        where += QStringLiteral(" AND g.programme_id = ?");
        values << programmeId;
    }
    QSqlQuery q = sql::exec(db.db(), QStringLiteral(
        "SELECT s.answers, s.satisfaction, g.programme_id, pr.title FROM survey_response s "
        "LEFT JOIN study_group g ON g.id = s.group_id LEFT JOIN programme pr ON pr.id = g.programme_id "
        "WHERE %1 ORDER BY s.answered_on DESC, s.id").arg(where), values);
    QHash<QString, int> programmeIndex;
    QList<double> sums(res.questions.size(), 0.0), programmeSums;
    const auto add = [&](int question, int mark) {
        if (mark < 1 || mark > 5)
            return; // an unanswered or malformed mark is not counted
        QuestionStats &s = res.questions[question];
        ++s.counts[mark - 1];
        ++s.n;
        sums[question] += mark;
    };
    while (q.next()) {
        ++res.responses;
        const QJsonObject answers = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (int i = 0; i < overall; ++i)
            add(i, answers.value(res.questions.at(i).code).toInt());
        const int satisfaction = q.value(1).isNull() ? 0 : q.value(1).toInt();
        add(overall, satisfaction);
        if (const QString comment = answers.value(QStringLiteral("comment")).toString().trimmed(); !comment.isEmpty())
            res.comments << comment;
        const QString programme = q.value(2).toString();
        if (programme.isEmpty() || satisfaction < 1 || satisfaction > 5)
            continue;
        auto it = programmeIndex.find(programme);
        if (it == programmeIndex.end()) {
            it = programmeIndex.insert(programme, int(res.programmes.size()));
            ProgrammeStats stats;
            stats.programmeId = programme;
            stats.title = q.value(3).toString();
            res.programmes.append(stats);
            programmeSums.append(0.0);
        }
        ++res.programmes[*it].n;
        programmeSums[*it] += satisfaction;
    }
    for (int i = 0; i < res.questions.size(); ++i)
        res.questions[i].mean = res.questions.at(i).n ? sums.at(i) / res.questions.at(i).n : 0.0;
    for (int i = 0; i < res.programmes.size(); ++i)
        res.programmes[i].meanSatisfaction = programmeSums.at(i) / res.programmes.at(i).n;
    std::stable_sort(res.programmes.begin(), res.programmes.end(), [](const ProgrammeStats &a, const ProgrammeStats &b) {
        return a.meanSatisfaction != b.meanSatisfaction ? a.meanSatisfaction > b.meanSatisfaction : a.title < b.title;
    });
    return res;
}

void Surveys::exportXlsx(const QString &path, const SurveyResults &r)
{
    io::XlsxWriter book(path);
    book.addSheet(tr("Questions"));
    const QStringList headers{tr("Question"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), tr("Answers"), tr("Mean")};
    for (int c = 0; c < headers.size(); ++c)
        book.write(0, c, headers.at(c), true);
    for (int i = 0; i < r.questions.size(); ++i) {
        const QuestionStats &s = r.questions.at(i);
        book.write(i + 1, 0, s.text);
        for (int m = 0; m < 5; ++m)
            book.write(i + 1, m + 1, s.counts[m]);
        book.write(i + 1, 6, s.n);
        book.write(i + 1, 7, std::round(s.mean * 100) / 100);
    }
    book.setColumnWidth(0, 45);
    book.freezeHeaderWithFilter(int(r.questions.size()), int(headers.size()));

    book.addSheet(tr("Programmes"));
    book.write(0, 0, tr("Programme"), true);
    book.write(0, 1, tr("Answers"), true);
    book.write(0, 2, tr("Mean satisfaction"), true);
    for (int i = 0; i < r.programmes.size(); ++i) {
        book.write(i + 1, 0, r.programmes.at(i).title);
        book.write(i + 1, 1, r.programmes.at(i).n);
        book.write(i + 1, 2, std::round(r.programmes.at(i).meanSatisfaction * 100) / 100);
    }
    book.setColumnWidth(0, 60);
    book.freezeHeaderWithFilter(int(r.programmes.size()), 3);

    book.addSheet(tr("Comments"));
    book.write(0, 0, tr("Comment"), true);
    for (int i = 0; i < r.comments.size(); ++i)
        book.write(i + 1, 0, r.comments.at(i));
    book.setColumnWidth(0, 100);
    book.close();
}

} // namespace metodist::support
