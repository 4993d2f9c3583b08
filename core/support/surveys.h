#pragma once
// Satisfaction surveys: the questionnaires (Likert 1–5 questions, an overall mark and a
// comment), responses stored in survey_response (answers as JSON), and their results:
// the distribution and mean of every question, the mean per programme, and XLSX.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace metodist::support {

struct SurveyQuestion {
    QString code; // key in the answers JSON; "satisfaction" is the overall mark (its own column)
    QString text;
};

struct SurveyDefinition {
    QString code;
    QString title;
    bool aboutGroup = false; // asked about a group (and so a programme) of a learner
    QList<SurveyQuestion> questions; // without the overall mark
};

struct SurveyResponse {
    QString surveyCode;
    QString personId; // optional (anonymous)
    QString groupId;  // required when the survey is about a group
    QDate answeredOn;
    QMap<QString, int> answers; // question code -> 1..5
    int satisfaction = 0;       // 1..5
    QString comment;
};

struct QuestionStats {
    QString code, text;
    int counts[5] = {0, 0, 0, 0, 0}; // answers 1..5
    int n = 0;
    double mean = 0;
};

struct ProgrammeStats {
    QString programmeId, title;
    int n = 0;
    double meanSatisfaction = 0;
};

struct SurveyResults {
    QString surveyCode;
    int responses = 0;
    QList<QuestionStats> questions; // the definition's questions, then the overall mark
    QList<ProgrammeStats> programmes; // by mean, best first (surveys about groups)
    QStringList comments;             // newest first
};

class Surveys {
    Q_DECLARE_TR_FUNCTIONS(Surveys)
public:
    static QList<SurveyDefinition> definitions();
    static SurveyDefinition definition(const QString &code); // empty code when unknown
    static QString overallText();

    // Checks every mark (1..5, none missing) and the group; returns the new row's id.
    static QString save(const Database &db, const SurveyResponse &response);
    // Responses answered in [from, to] (invalid = open); programmeId narrows to one programme.
    static SurveyResults results(const Database &db, const QString &surveyCode, const QDate &from = {}, const QDate &to = {},
                                 const QString &programmeId = {});
    // Sheets: questions (distribution and mean), programmes, comments. Throws on failure.
    static void exportXlsx(const QString &path, const SurveyResults &results);
};

} // namespace metodist::support
