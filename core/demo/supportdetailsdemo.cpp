// What the support screens show beyond the rows generateSupport writes: the goal of
// every mentoring pair, the role of each member in the actives and communities, and
// comments under some survey answers. Set-based updates keyed on rowid, so they are
// deterministic and take milliseconds at any size.
#include "democontext.h"

#include "storage/sql.h"

namespace metodist::demo {

void generateSupportDetails(Context &ctx)
{
    ctx.progress(92, Context::tr("Mentoring goals and community roles"));
    sql::exec(ctx.db, QStringLiteral(
        "UPDATE mentoring_pair SET goal = CASE rowid % 5 "
        "WHEN 0 THEN 'Адаптация в коллективе и освоение должностных обязанностей' "
        "WHEN 1 THEN 'Подготовка и проведение открытого урока' "
        "WHEN 2 THEN 'Преодоление дефицитов в методической компетентности' "
        "WHEN 3 THEN 'Работа с родителями и классное руководство' "
        "ELSE 'Подготовка к аттестации на первую категорию' END"));
    // The regional actives are made of the people with those roles in the register.
    sql::exec(ctx.db, QStringLiteral(
        "UPDATE community_member SET role = CASE "
        "WHEN community_id IN (SELECT id FROM community WHERE kind = 'methodical_active') THEN CASE "
        "  WHEN person_id IN (SELECT person_id FROM role_assignment WHERE role = 'expert') THEN 'expert' "
        "  WHEN person_id IN (SELECT person_id FROM role_assignment WHERE role = 'tutor') THEN 'tutor' "
        "  WHEN person_id IN (SELECT person_id FROM role_assignment WHERE role = 'methodologist') THEN 'methodologist' "
        "  ELSE CASE rowid % 4 WHEN 0 THEN 'expert' WHEN 1 THEN 'tutor' WHEN 2 THEN 'methodologist' ELSE 'member' END END "
        "WHEN community_id IN (SELECT id FROM community WHERE kind = 'managerial_active') THEN "
        "  CASE WHEN rowid % 3 = 0 THEN 'expert' ELSE 'reserve' END "
        "ELSE 'member' END"));
    sql::exec(ctx.db, QStringLiteral(
        "UPDATE community_member SET role = 'head' WHERE rowid IN (SELECT min(rowid) FROM community_member GROUP BY community_id)"));
    sql::exec(ctx.db, QStringLiteral(
        "UPDATE survey_response SET answers = substr(answers, 1, length(answers) - 1) || ',\"comment\":\"' || CASE "
        "WHEN survey_code = 'young_teacher_support' THEN CASE (rowid / 5) % 3 "
        "  WHEN 0 THEN 'Наставник всегда помогает, спасибо' "
        "  WHEN 1 THEN 'Не хватает времени на встречи с наставником' "
        "  ELSE 'Хотелось бы больше посещать уроки коллег' END "
        "ELSE CASE (rowid / 5) % 5 "
        "  WHEN 0 THEN 'Больше практических занятий, меньше лекций' "
        "  WHEN 1 THEN 'Очень полезно, применяю на уроках' "
        "  WHEN 2 THEN 'Неудобное время занятий' "
        "  WHEN 3 THEN 'Хотелось бы продолжения курса' "
        "  ELSE 'Мало времени на выполнение итогового проекта' END END || '\"}' "
        "WHERE rowid % 5 = 0 AND answers LIKE '{%}'"));
}

} // namespace metodist::demo
