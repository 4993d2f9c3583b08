#pragma once
// The profile chooser shown on first run and from File → Profiles: open the demo
// region (made on the spot if missing), create an empty profile, or open a file.
#include <QDialog>

class QListWidget;

namespace metodist::ui {

class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProfileDialog(QWidget *parent = nullptr);
    QString chosenPath() const { return m_path; }

private:
    void choose(const QString &path);
    void openDemo();
    void createEmpty();
    void openFile();

    QString m_path;
    QListWidget *m_recent;
};

// Makes the demo region at `path` with a progress dialog that can cancel.
// Returns false when cancelled or failed (and says why).
bool createDemoRegion(QWidget *parent, const QString &path, int staff);

} // namespace metodist::ui
