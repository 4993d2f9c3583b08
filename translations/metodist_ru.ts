<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ApplicationService</name>
        <message>
            <source>Application: no programme %1 in the catalogue.</source>
            <translation>Заявка: в каталоге нет программы %1.</translation>
        </message>
        <message>
            <source>Application: the programme %1 is %2, not open for applications.</source>
            <translation>Заявка: программа %1 находится в статусе «%2», приём заявок закрыт.</translation>
        </message>
        <message>
            <source>Application: no event %1 in the catalogue.</source>
            <translation>Заявка: в каталоге нет мероприятия %1.</translation>
        </message>
        <message>
            <source>Application: the target kind «%1» is neither programme nor event.</source>
            <translation>Заявка: вид «%1» не является ни программой, ни мероприятием.</translation>
        </message>
        <message>
            <source>Application: no person %1 in the register.</source>
            <translation>Заявка: в реестре нет сотрудника %1.</translation>
        </message>
        <message>
            <source>Application: no organisation %1 in the register.</source>
            <translation>Заявка: в реестре нет организации %1.</translation>
        </message>
        <message>
            <source>Application: a mass application lists at least one person.</source>
            <translation>Заявка: в коллективной заявке должен быть хотя бы один человек.</translation>
        </message>
        <message>
            <source>Application: person %1 does not work in the sending organisation.</source>
            <translation>Заявка: сотрудник %1 не работает в направляющей организации.</translation>
        </message>
        <message>
            <source>Application: the submission date is missing.</source>
            <translation>Заявка: не указана дата подачи.</translation>
        </message>
        <message>
            <source>Application: person %1 already has application %2 to this %3.</source>
            <translation>Заявка: у сотрудника %1 уже есть заявка %2 на это (%3).</translation>
        </message>
        <message>
            <source>No application %1.</source>
            <translation>Заявка %1 не найдена.</translation>
        </message>
        <message>
            <source>Application %1: the status cannot change from «%2» to «%3».</source>
            <translation>Заявка %1: статус нельзя изменить с «%2» на «%3».</translation>
        </message>
        <message>
            <source>Application %1: a rejection needs a reason.</source>
            <translation>Заявка %1: для отклонения нужна причина.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Changed fields</source>
            <translation>Изменённые поля</translation>
        </message>
        <message>
            <source>added</source>
            <translation>добавлена</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменена</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалена</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>восстановлена</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Row id</source>
            <translation>Идентификатор строки</translation>
        </message>
        <message>
            <source>User account</source>
            <translation>Учётная запись</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Заявка</translation>
        </message>
        <message>
            <source>Person in an application</source>
            <translation>Участник заявки</translation>
        </message>
        <message>
            <source>Application status</source>
            <translation>Статус заявки</translation>
        </message>
        <message>
            <source>Competence of a catalogue item</source>
            <translation>Компетенция элемента каталога</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Документ о квалификации</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Сообщество</translation>
        </message>
        <message>
            <source>Community member</source>
            <translation>Участник сообщества</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Competence area</source>
            <translation>Область компетенций</translation>
        </message>
        <message>
            <source>Diagnostic</source>
            <translation>Диагностика</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Зачисление</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Оборудование</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Indicator target</source>
            <translation>Целевое значение показателя</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Преподаватель</translation>
        </message>
        <message>
            <source>Instructor availability</source>
            <translation>Доступность преподавателя</translation>
        </message>
        <message>
            <source>Diagnostic instrument</source>
            <translation>Диагностический инструмент</translation>
        </message>
        <message>
            <source>Instrument item</source>
            <translation>Задание инструмента</translation>
        </message>
        <message>
            <source>Journal mark</source>
            <translation>Отметка в журнале</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Материал</translation>
        </message>
        <message>
            <source>Mentoring pair</source>
            <translation>Наставническая пара</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Portfolio item</source>
            <translation>Элемент портфолио</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Programme expertise</source>
            <translation>Экспертиза программы</translation>
        </message>
        <message>
            <source>Programme module</source>
            <translation>Модуль программы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Помещение</translation>
        </message>
        <message>
            <source>Educational route</source>
            <translation>Образовательный маршрут</translation>
        </message>
        <message>
            <source>Route item</source>
            <translation>Элемент маршрута</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Занятие</translation>
        </message>
        <message>
            <source>Equipment of a session</source>
            <translation>Оборудование занятия</translation>
        </message>
        <message>
            <source>Instructor of a session</source>
            <translation>Преподаватель занятия</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Площадка</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>Ответ на анкету</translation>
        </message>
    </context>
    <context>
        <name>AutoScheduler</name>
        <message>
            <source>Group %1 does not exist</source>
            <translation>Группа %1 не существует</translation>
        </message>
        <message>
            <source>No groups to schedule: choose groups, or none of them lacks sessions in the period</source>
            <translation>Нет групп для расписания: выберите группы — или ни одной группе периода не хватает занятий</translation>
        </message>
        <message>
            <source>No time slots for a working day</source>
            <translation>Не заданы пары (временные слоты) рабочего дня</translation>
        </message>
        <message>
            <source>A time slot must count for some hours</source>
            <translation>Временной слот должен засчитываться хотя бы в какие-то часы</translation>
        </message>
        <message>
            <source>The period %1 – %2 has no working days</source>
            <translation>В периоде %1 – %2 нет рабочих дней</translation>
        </message>
        <message>
            <source>Group %1 already has all %2 hours of its programme</source>
            <translation>У группы %1 уже есть все %2 ч программы</translation>
        </message>
        <message>
            <source>Group %1 has %2 learners but no room it may use holds them (the largest has %3 seats)</source>
            <translation>В группе %1 слушателей: %2, но ни одна доступная ей аудитория их не вмещает (в самой большой %3 мест)</translation>
        </message>
        <message>
            <source>Group %1: no room it may use has %2 seats and the equipment %3</source>
            <translation>Группа %1: ни в одной доступной ей аудитории нет %2 мест и оборудования: %3</translation>
        </message>
        <message>
            <source>Group %1: no free time in %2 – %3 (its dates, its learners' other groups and the instructors' availability)</source>
            <translation>Группа %1: нет свободного времени в %2 – %3 (даты группы, другие группы её слушателей и доступность преподавателей)</translation>
        </message>
        <message>
            <source>Group %1 needs %2 sessions but only %3 time slots are free for it</source>
            <translation>Группе %1 нужно занятий: %2, но свободных для неё слотов только %3</translation>
        </message>
        <message>
            <source>%1: session %2</source>
            <translation>%1: занятие %2</translation>
        </message>
        <message>
            <source>Choose groups, or a period to find the groups without a full timetable in</source>
            <translation>Выберите группы или период, в котором искать группы с неполным расписанием</translation>
        </message>
        <message>
            <source>Group %1: %2 of %3 sessions could not be placed</source>
            <translation>Группа %1: не удалось поставить %2 из %3 занятий</translation>
        </message>
    </context>
    <context>
        <name>CertificateService</name>
        <message>
            <source>Certificate of qualification upgrade</source>
            <translation>Удостоверение о повышении квалификации</translation>
        </message>
        <message>
            <source>Diploma of professional retraining</source>
            <translation>Диплом о профессиональной переподготовке</translation>
        </message>
        <message>
            <source>Certificate of study</source>
            <translation>Справка об обучении</translation>
        </message>
        <message>
            <source>Unknown document kind "%1"</source>
            <translation>Неизвестный вид документа «%1»</translation>
        </message>
        <message>
            <source>Document for enrolment %1: no date of issue</source>
            <translation>Документ по зачислению %1: не указана дата выдачи</translation>
        </message>
        <message>
            <source>No enrolment %1</source>
            <translation>Зачисление %1 не найдено</translation>
        </message>
        <message>
            <source>Enrolment %1 already has a document</source>
            <translation>По зачислению %1 уже выдан документ</translation>
        </message>
    </context>
    <context>
        <name>ChartSpecs</name>
        <message>
            <source>Values against targets</source>
            <translation>Значения и цели</translation>
        </message>
        <message>
            <source>Value, %</source>
            <translation>Значение, %</translation>
        </message>
        <message>
            <source>Target, %</source>
            <translation>Цель, %</translation>
        </message>
        <message>
            <source>Trend: %1</source>
            <translation>Динамика: %1</translation>
        </message>
        <message>
            <source>Trend over the years</source>
            <translation>Динамика по годам</translation>
        </message>
        <message>
            <source>Deficits by competence area (people)</source>
            <translation>Дефициты по областям компетенций (человек)</translation>
        </message>
        <message>
            <source>Pronounced deficit</source>
            <translation>Выраженный дефицит</translation>
        </message>
        <message>
            <source>Partial deficit</source>
            <translation>Частичный дефицит</translation>
        </message>
        <message>
            <source>No deficit</source>
            <translation>Нет дефицита</translation>
        </message>
    </context>
    <context>
        <name>CommunityService</name>
        <message>
            <source>Regional methodical active</source>
            <translation>Региональный методический актив</translation>
        </message>
        <message>
            <source>Regional managerial active</source>
            <translation>Региональный управленческий актив</translation>
        </message>
        <message>
            <source>Methodical association / professional community</source>
            <translation>Методическое объединение / профессиональное сообщество</translation>
        </message>
        <message>
            <source>Young teachers' community</source>
            <translation>Сообщество молодых педагогов</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Methodologist</source>
            <translation>Методист</translation>
        </message>
        <message>
            <source>Tutor</source>
            <translation>Тьютор</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <source>Managers' reserve</source>
            <translation>Кадровый резерв руководителей</translation>
        </message>
        <message>
            <source>Community member: unknown role "%1".</source>
            <translation>Участник сообщества: неизвестная роль «%1».</translation>
        </message>
        <message>
            <source>Community: the name is required.</source>
            <translation>Сообщество: укажите название.</translation>
        </message>
        <message>
            <source>Community: unknown kind "%1".</source>
            <translation>Сообщество: неизвестный вид «%1».</translation>
        </message>
        <message>
            <source>Community member: choose a person.</source>
            <translation>Участник сообщества: выберите человека.</translation>
        </message>
        <message>
            <source>Community %1 does not exist.</source>
            <translation>Сообщества %1 нет.</translation>
        </message>
        <message>
            <source>Community member: the person is not in the register.</source>
            <translation>Участник сообщества: этого человека нет в реестре.</translation>
        </message>
        <message>
            <source>Community member: %1 is already a member.</source>
            <translation>Участник сообщества: %1 уже состоит в нём.</translation>
        </message>
    </context>
    <context>
        <name>CompetenceFramework</name>
        <message>
            <source>The default competence framework is missing from the build.</source>
            <translation>Базовая модель компетенций отсутствует в сборке.</translation>
        </message>
        <message>
            <source>Competence area: code and name are required.</source>
            <translation>Область компетенций: код и название обязательны.</translation>
        </message>
        <message>
            <source>Competence: area, code and name are required.</source>
            <translation>Компетенция: область, код и название обязательны.</translation>
        </message>
        <message>
            <source>Competence: the code %1 is already used.</source>
            <translation>Компетенция: код %1 уже используется.</translation>
        </message>
        <message numerus="yes">
            <source>Competence: the code %1 cannot change, %n diagnostic(s) hold scores under it.</source>
            <translation>
                <numerusform>Компетенция: код %1 нельзя изменить — под ним хранятся баллы %n диагностики.</numerusform>
                <numerusform>Компетенция: код %1 нельзя изменить — под ним хранятся баллы %n диагностик.</numerusform>
                <numerusform>Компетенция: код %1 нельзя изменить — под ним хранятся баллы %n диагностик.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompletionRules</name>
        <message>
            <source>grade "%1" is not pass or fail (pass/fail grading)</source>
            <translation>оценка «%1» не является «зачтено» или «не зачтено» (зачётная система)</translation>
        </message>
        <message>
            <source>grade "%1" is not 2..5 (five-point grading)</source>
            <translation>оценка «%1» не в диапазоне 2..5 (пятибалльная система)</translation>
        </message>
        <message>
            <source>grade "%1" is not 0..100 points</source>
            <translation>оценка «%1» не в диапазоне 0..100 баллов</translation>
        </message>
        <message>
            <source>unknown grading "%1"</source>
            <translation>неизвестная система оценивания «%1»</translation>
        </message>
        <message>
            <source>attendance %1% ≥ %2%, final result %3</source>
            <translation>посещаемость %1% ≥ %2%, итоговый результат %3</translation>
        </message>
        <message>
            <source>expelled for non-attendance: attendance %1% is below half of the required %2%</source>
            <translation>отчислен за непосещение: посещаемость %1% ниже половины требуемых %2%</translation>
        </message>
        <message>
            <source>no sessions held</source>
            <translation>занятия не проводились</translation>
        </message>
        <message>
            <source>every held session excused: nothing to attest on</source>
            <translation>все проведённые занятия пропущены по уважительной причине: нет оснований для аттестации</translation>
        </message>
        <message>
            <source>attendance %1% is below the required %2%</source>
            <translation>посещаемость %1% ниже требуемых %2%</translation>
        </message>
        <message>
            <source>no final attestation result</source>
            <translation>нет результата итоговой аттестации</translation>
        </message>
        <message>
            <source>final result %1 does not pass</source>
            <translation>итоговый результат %1 не является положительным</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetector</name>
        <message>
            <source>Instructor double-booked</source>
            <translation>Преподаватель занят дважды</translation>
        </message>
        <message>
            <source>Room double-booked</source>
            <translation>Аудитория занята дважды</translation>
        </message>
        <message>
            <source>Equipment double-booked</source>
            <translation>Оборудование занято дважды</translation>
        </message>
        <message>
            <source>Learner in two sessions</source>
            <translation>Слушатель на двух занятиях</translation>
        </message>
        <message>
            <source>Room too small</source>
            <translation>Аудитория слишком мала</translation>
        </message>
        <message>
            <source>Outside the group's dates</source>
            <translation>Вне сроков группы</translation>
        </message>
        <message>
            <source>Outside instructor's availability</source>
            <translation>Вне графика доступности преподавателя</translation>
        </message>
        <message>
            <source>More hours than the programme</source>
            <translation>Часов больше, чем в программе</translation>
        </message>
        <message>
            <source>Session %1 does not exist</source>
            <translation>Занятие %1 не существует</translation>
        </message>
        <message>
            <source>group %1 on %2–%3</source>
            <translation>группа %1, %2–%3</translation>
        </message>
        <message>
            <source>Room %1 is booked for %2 and for %3 at the same time</source>
            <translation>Аудитория %1 одновременно занята для %2 и для %3</translation>
        </message>
        <message>
            <source>Instructor %1 is booked for %2 and for %3 at the same time</source>
            <translation>Преподаватель %1 одновременно назначен на %2 и на %3</translation>
        </message>
        <message>
            <source>Equipment %1 is needed by %2 and by %3 at the same time</source>
            <translation>Оборудование %1 одновременно нужно для %2 и для %3</translation>
        </message>
        <message>
            <source>Learner %1 has %2 and %3 at the same time</source>
            <translation>У слушателя %1 одновременно %2 и %3</translation>
        </message>
        <message>
            <source>Group %1 does not exist</source>
            <translation>Группа %1 не существует</translation>
        </message>
        <message>
            <source>Session of %1 is outside the group's dates %2–%3</source>
            <translation>Занятие (%1) выходит за сроки группы %2–%3</translation>
        </message>
        <message>
            <source>Group %1 has %2 hours of sessions but programme "%3" has %4</source>
            <translation>У группы %1 занятий на %2 ч, а в программе «%3» — %4 ч</translation>
        </message>
        <message>
            <source>Room %1 has %2 seats but group %3 has %4 learners (%5)</source>
            <translation>В аудитории %1 мест: %2, а в группе %3 слушателей: %4 (%5)</translation>
        </message>
        <message>
            <source>Session of %1 is outside the availability of instructor %2</source>
            <translation>Занятие (%1) выходит за пределы доступности преподавателя %2</translation>
        </message>
        <message>
            <source>A session must end after it starts (%1 – %2)</source>
            <translation>Занятие должно заканчиваться позже начала (%1 – %2)</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1:%2: a quoted field is not closed.</source>
            <translation>%1:%2: не закрыты кавычки в поле.</translation>
        </message>
        <message>
            <source>%1: the file is empty.</source>
            <translation>%1: файл пуст.</translation>
        </message>
    </context>
    <context>
        <name>DashboardData</name>
        <message>
            <source>The years %1-%2 are not a range</source>
            <translation>Годы %1–%2 не образуют диапазон</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The profile file %1 does not exist.</source>
            <translation>Файл профиля %1 не найден.</translation>
        </message>
        <message>
            <source>Cannot open the profile file %1: %2</source>
            <translation>Не удалось открыть файл профиля %1: %2</translation>
        </message>
        <message>
            <source>The profile file %1 has schema version %2; version %3 is needed.</source>
            <translation>Файл профиля %1 имеет версию схемы %2; требуется версия %3.</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>Programmes</source>
            <translation>Программы</translation>
        </message>
        <message>
            <source>Events and materials</source>
            <translation>Мероприятия и материалы</translation>
        </message>
        <message>
            <source>Demo region generation was cancelled.</source>
            <translation>Создание демонстрационного региона отменено.</translation>
        </message>
        <message>
            <source>Indexes</source>
            <translation>Индексы</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Сохранение</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>A demo region needs at least 10 staff, %1 asked.</source>
            <translation>Для демонстрационного региона нужно не менее 10 педагогических работников, запрошено: %1.</translation>
        </message>
        <message>
            <source>The file %1 already exists; the demo region is only written to a new file.</source>
            <translation>Файл %1 уже существует; демонстрационный регион записывается только в новый файл.</translation>
        </message>
        <message>
            <source>Cannot write the demo region to %1: %2</source>
            <translation>Не удалось записать демонстрационный регион в %1: %2</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Competences and instruments</source>
            <translation>Компетенции и диагностические инструменты</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Диагностика</translation>
        </message>
        <message>
            <source>Groups and schedule</source>
            <translation>Группы и расписание</translation>
        </message>
        <message>
            <source>Groups, journals and certificates</source>
            <translation>Группы, журналы и удостоверения</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Педагогические работники</translation>
        </message>
        <message>
            <source>Municipalities and organisations</source>
            <translation>Муниципалитеты и организации</translation>
        </message>
        <message>
            <source>Sites and instructors</source>
            <translation>Площадки и преподаватели</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Маршруты</translation>
        </message>
        <message>
            <source>Mentoring, communities and indicators</source>
            <translation>Наставничество, сообщества и показатели</translation>
        </message>
        <message>
            <source>Mentoring goals and community roles</source>
            <translation>Цели наставничества и роли в сообществах</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticService</name>
        <message>
            <source>Person: not found in the register.</source>
            <translation>Педагог: не найден в реестре.</translation>
        </message>
        <message>
            <source>Instrument: not chosen.</source>
            <translation>Диагностический инструмент: не выбран.</translation>
        </message>
        <message>
            <source>Date: required.</source>
            <translation>Дата: обязательное поле.</translation>
        </message>
        <message>
            <source>Date: %1 is in the future.</source>
            <translation>Дата: %1 ещё не наступила.</translation>
        </message>
        <message>
            <source>Scores: enter at least one.</source>
            <translation>Баллы: введите хотя бы один.</translation>
        </message>
        <message>
            <source>Competence %1: unknown.</source>
            <translation>Компетенция %1: неизвестна.</translation>
        </message>
        <message>
            <source>Competence %1: entered twice.</source>
            <translation>Компетенция %1: введена дважды.</translation>
        </message>
        <message>
            <source>Competence %1: the maximum must be above 0.</source>
            <translation>Компетенция %1: максимум должен быть больше 0.</translation>
        </message>
        <message>
            <source>Competence %1: the score %2 is outside 0…%3.</source>
            <translation>Компетенция %1: балл %2 вне диапазона 0…%3.</translation>
        </message>
        <message>
            <source>The instrument has no items to answer.</source>
            <translation>В диагностическом инструменте нет заданий для ответа.</translation>
        </message>
        <message>
            <source>Item %1: the answer %2 is outside 0…%3.</source>
            <translation>Задание %1: ответ %2 вне диапазона 0…%3.</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>The scores of a diagnostic are not a JSON object: %1</source>
            <translation>Баллы диагностики — не объект JSON: %1</translation>
        </message>
        <message>
            <source>The score of competence %1 is not [score, max, level].</source>
            <translation>Балл по компетенции %1 не имеет вида [балл, максимум, уровень].</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsImporter</name>
        <message>
            <source>the mapping names this column but the file has no such header</source>
            <translation>столбец указан в сопоставлении, но в файле нет такого заголовка</translation>
        </message>
        <message>
            <source>unknown instrument «%1» (create it first)</source>
            <translation>неизвестный диагностический инструмент «%1» (сначала создайте его)</translation>
        </message>
        <message>
            <source>unknown competence «%1» (map the column to a competence code or ignore it)</source>
            <translation>неизвестная компетенция «%1» (сопоставьте столбец с кодом компетенции или пропустите его)</translation>
        </message>
        <message>
            <source>no competence columns in the file</source>
            <translation>в файле нет столбцов компетенций</translation>
        </message>
        <message>
            <source>«%1» is not a number</source>
            <translation>«%1» — не число</translation>
        </message>
        <message>
            <source>score %1 is negative</source>
            <translation>балл %1 отрицательный</translation>
        </message>
        <message>
            <source>score %1 is above the maximum %2</source>
            <translation>балл %1 больше максимума %2</translation>
        </message>
        <message>
            <source>invalid СНИЛС «%1»: %2</source>
            <translation>неверный СНИЛС «%1»: %2</translation>
        </message>
        <message>
            <source> in «%1»</source>
            <translation> из «%1»</translation>
        </message>
        <message>
            <source>no СНИЛС and no name to find the person by</source>
            <translation>нет ни СНИЛС, ни ФИО, чтобы найти человека</translation>
        </message>
        <message>
            <source>no person «%1»%2 in the register</source>
            <translation>в реестре нет человека «%1»%2</translation>
        </message>
        <message>
            <source>no person with СНИЛС %1 or named «%2»%3 in the register</source>
            <translation>в реестре нет человека со СНИЛС %1 или с ФИО «%2»%3</translation>
        </message>
        <message>
            <source>%1 people match «%2»%3: %4; choose one</source>
            <translation>«%2»%3 соответствуют несколько человек (%1): %4; выберите одного</translation>
        </message>
        <message>
            <source>СНИЛС %1 is not in the register, and «%2»%3 there has СНИЛС %4</source>
            <translation>СНИЛС %1 нет в реестре, а у «%2»%3 в реестре указан СНИЛС %4</translation>
        </message>
        <message>
            <source>the instrument is empty</source>
            <translation>диагностический инструмент не указан</translation>
        </message>
        <message>
            <source>unknown instrument «%1»</source>
            <translation>неизвестный диагностический инструмент «%1»</translation>
        </message>
        <message>
            <source>bad date «%1»: expected dd.mm.yyyy or yyyy-mm-dd</source>
            <translation>неверная дата «%1»: ожидается дд.мм.гггг или гггг-мм-дд</translation>
        </message>
        <message>
            <source>the date %1 is in the future</source>
            <translation>дата %1 ещё не наступила</translation>
        </message>
        <message>
            <source>the row has no scores</source>
            <translation>в строке нет баллов</translation>
        </message>
        <message>
            <source>the competence is empty</source>
            <translation>компетенция не указана</translation>
        </message>
        <message>
            <source>unknown competence «%1»</source>
            <translation>неизвестная компетенция «%1»</translation>
        </message>
        <message>
            <source>the maximum «%1» is not a number above 0</source>
            <translation>максимум «%1» — не число больше 0</translation>
        </message>
        <message>
            <source>duplicate of row %1 (same person, instrument, date%2)</source>
            <translation>повтор строки %1 (тот же человек, инструмент, дата%2)</translation>
        </message>
        <message>
            <source> and competence</source>
            <translation> и компетенция</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n problem(s) must be fixed before importing; nothing was written.</source>
            <translation>
                <numerusform>%1: перед импортом нужно исправить %n ошибку; ничего не записано.</numerusform>
                <numerusform>%1: перед импортом нужно исправить %n ошибки; ничего не записано.</numerusform>
                <numerusform>%1: перед импортом нужно исправить %n ошибок; ничего не записано.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpertiseService</name>
        <message>
            <source>Expertise: no programme %1 in the catalogue.</source>
            <translation>Экспертиза: в каталоге нет программы %1.</translation>
        </message>
        <message>
            <source>Expertise: person %1 is not an expert (no expert role).</source>
            <translation>Экспертиза: сотрудник %1 не является экспертом (нет роли «эксперт»).</translation>
        </message>
        <message>
            <source>Expertise: person %1 is already an expert of this programme.</source>
            <translation>Экспертиза: сотрудник %1 уже назначен экспертом этой программы.</translation>
        </message>
        <message>
            <source>Expertise verdict: «%1» is not one of %2.</source>
            <translation>Заключение экспертизы: «%1» не входит в список %2.</translation>
        </message>
        <message>
            <source>Expertise verdict «%1»: a comment saying why is required.</source>
            <translation>Заключение экспертизы «%1»: нужен комментарий с обоснованием.</translation>
        </message>
        <message>
            <source>No expertise %1.</source>
            <translation>Экспертиза %1 не найдена.</translation>
        </message>
    </context>
    <context>
        <name>FrdoExport</name>
        <message>
            <source>row %1 (%2), column %3 «%4»: %5</source>
            <translation>строка %1 (%2), столбец %3 «%4»: %5</translation>
        </message>
        <message>
            <source>row %1 (%2): %3</source>
            <translation>строка %1 (%2): %3</translation>
        </message>
        <message>
            <source>%1 cells instead of %2</source>
            <translation>ячеек: %1 вместо %2</translation>
        </message>
        <message>
            <source>invisible character U+%1 at position %2</source>
            <translation>невидимый символ U+%1 в позиции %2</translation>
        </message>
        <message>
            <source>leading or trailing spaces</source>
            <translation>пробелы в начале или в конце</translation>
        </message>
        <message>
            <source>required field is empty</source>
            <translation>обязательное поле не заполнено</translation>
        </message>
        <message>
            <source>«%1» is not one of: %2</source>
            <translation>«%1» не входит в список: %2</translation>
        </message>
        <message>
            <source>«%1» is not a real date dd.mm.yyyy</source>
            <translation>«%1» не является реальной датой дд.мм.гггг</translation>
        </message>
        <message>
            <source>date %1 is in the future</source>
            <translation>дата %1 ещё не наступила</translation>
        </message>
        <message>
            <source>«%1» is not a year between 1900 and %2</source>
            <translation>«%1» не является годом от 1900 до %2</translation>
        </message>
        <message>
            <source>«%1» is not a positive whole number of hours</source>
            <translation>«%1» не является целым положительным числом часов</translation>
        </message>
        <message>
            <source>«%1» is not written as XXX-XXX-XXX YY</source>
            <translation>«%1» не соответствует формату XXX-XXX-XXX YY</translation>
        </message>
        <message>
            <source>«%1» must be digits only</source>
            <translation>«%1» должно содержать только цифры</translation>
        </message>
        <message>
            <source>the holder was under 16 on the date of issue %1</source>
            <translation>на дату выдачи %1 владельцу не исполнилось 16 лет</translation>
        </message>
        <message>
            <source>year of start %1 is after the year of end %2</source>
            <translation>год начала %1 позже года окончания %2</translation>
        </message>
        <message>
            <source>year of end %1 is after the year of issue %2</source>
            <translation>год окончания %1 позже года выдачи %2</translation>
        </message>
        <message>
            <source>year of start %1 is after the year of issue %2</source>
            <translation>год начала %1 позже года выдачи %2</translation>
        </message>
        <message>
            <source>series %1 number %2 repeats row %3</source>
            <translation>серия %1 номер %2 повторяет строку %3</translation>
        </message>
        <message>
            <source>ФИС ФРДО export refused, %1 problem(s):
%2</source>
            <translation>Выгрузка в ФИС ФРДО отклонена, число проблем — %1:
%2</translation>
        </message>
    </context>
    <context>
        <name>FrdoLayout</name>
        <message>
            <source>The ФИС ФРДО layout :/data/frdo_columns.json is missing</source>
            <translation>Отсутствует макет ФИС ФРДО :/data/frdo_columns.json</translation>
        </message>
        <message>
            <source>frdo_columns.json: column %1 is out of order or unnamed</source>
            <translation>frdo_columns.json: столбец %1 стоит не по порядку или не имеет названия</translation>
        </message>
    </context>
    <context>
        <name>GroupService</name>
        <message>
            <source>A group needs a code</source>
            <translation>У группы должен быть код</translation>
        </message>
        <message>
            <source>Group %1: the end date must not be before the start date</source>
            <translation>Группа %1: дата окончания не может быть раньше даты начала</translation>
        </message>
        <message>
            <source>Group %1: the capacity must be positive</source>
            <translation>Группа %1: число мест должно быть больше нуля</translation>
        </message>
        <message>
            <source>Group %1: programme %2 does not exist</source>
            <translation>Группа %1: программа %2 не существует</translation>
        </message>
        <message>
            <source>Group %1 does not exist</source>
            <translation>Группа %1 не существует</translation>
        </message>
        <message>
            <source>Group %1 is %2 and takes no learners</source>
            <translation>Группа %1 в статусе «%2» и не принимает слушателей</translation>
        </message>
        <message>
            <source>Person %1 is already enrolled in group %2</source>
            <translation>Сотрудник %1 уже зачислен в группу %2</translation>
        </message>
        <message>
            <source>Group %1 is full (%2 places)</source>
            <translation>Группа %1 заполнена (мест: %2)</translation>
        </message>
        <message>
            <source>Application %1 does not exist</source>
            <translation>Заявка %1 не существует</translation>
        </message>
        <message>
            <source>Application %1 is %2, not approved: its people cannot be enrolled</source>
            <translation>Заявка %1 в статусе «%2», а не одобрена: включённых в неё сотрудников нельзя зачислить</translation>
        </message>
        <message>
            <source>Application %1 is not for the programme of group %2</source>
            <translation>Заявка %1 подана не на программу группы %2</translation>
        </message>
        <message>
            <source>Enrolled in group %1</source>
            <translation>Зачислен в группу %1</translation>
        </message>
        <message>
            <source>Route item %1 does not exist</source>
            <translation>Пункт маршрута %1 не существует</translation>
        </message>
        <message>
            <source>Route item %1 is not the programme of group %2</source>
            <translation>Пункт маршрута %1 не соответствует программе группы %2</translation>
        </message>
        <message>
            <source>Route item %1 is %2</source>
            <translation>Пункт маршрута %1 в статусе «%2»</translation>
        </message>
        <message>
            <source>Enrolment %1 is not active: it cannot be transferred</source>
            <translation>Зачисление %1 неактивно: перевод невозможен</translation>
        </message>
        <message>
            <source>Enrolment %1 is already in that group</source>
            <translation>Зачисление %1 уже относится к этой группе</translation>
        </message>
        <message>
            <source>Enrolment %1 is not active: it cannot be withdrawn</source>
            <translation>Зачисление %1 неактивно: выбытие невозможно</translation>
        </message>
    </context>
    <context>
        <name>HeatMapExport</name>
        <message>
            <source>Deficit shares</source>
            <translation>Доли дефицитов</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Продиагностировано</translation>
        </message>
        <message>
            <source>With deficit</source>
            <translation>С дефицитом</translation>
        </message>
    </context>
    <context>
        <name>ImportMapping</name>
        <message>
            <source>Mapping: "layout" must be "wide" or "long", not "%1".</source>
            <translation>Сопоставление: значение "layout" должно быть "wide" или "long", а не "%1".</translation>
        </message>
        <message>
            <source>Mapping: unknown key "columns.%1".</source>
            <translation>Сопоставление: неизвестный ключ "columns.%1".</translation>
        </message>
        <message>
            <source>Mapping: "max_score" must be above 0.</source>
            <translation>Сопоставление: значение "max_score" должно быть больше 0.</translation>
        </message>
        <message>
            <source>Mapping: name a СНИЛС column, a last-name column or a full-name column to match people.</source>
            <translation>Сопоставление: чтобы находить людей, укажите столбец СНИЛС, столбец фамилии или столбец ФИО.</translation>
        </message>
        <message>
            <source>Mapping: "columns.date" is required.</source>
            <translation>Сопоставление: ключ "columns.date" обязателен.</translation>
        </message>
        <message>
            <source>Mapping: give "columns.instrument" or a fixed "instrument" name.</source>
            <translation>Сопоставление: укажите "columns.instrument" или постоянное название "instrument".</translation>
        </message>
        <message>
            <source>Mapping: the long layout needs "columns.competence" and "columns.score".</source>
            <translation>Сопоставление: для длинного формата (long) нужны "columns.competence" и "columns.score".</translation>
        </message>
        <message>
            <source>Cannot read the mapping %1: %2</source>
            <translation>Не удалось прочитать файл сопоставления %1: %2</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2 at offset %3).</source>
            <translation>%1: не является объектом JSON (%2, смещение %3).</translation>
        </message>
        <message>
            <source>Cannot write the mapping %1: %2</source>
            <translation>Не удалось записать файл сопоставления %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IndicatorExport</name>
        <message>
            <source>No organisation with the id or name "%1"</source>
            <translation>Нет организации с идентификатором или названием «%1»</translation>
        </message>
        <message>
            <source>No municipality with the id or name "%1"</source>
            <translation>Нет муниципалитета с идентификатором или названием «%1»</translation>
        </message>
        <message>
            <source>The name "%1" fits %2 units; give the id (%3)</source>
            <translation>Названию «%1» соответствует несколько единиц (%2); укажите идентификатор (%3)</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Концепция</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Unit id</source>
            <translation>Идентификатор единицы</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation>Числитель</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation>Знаменатель</translation>
        </message>
        <message>
            <source>Value, %</source>
            <translation>Значение, %</translation>
        </message>
        <message>
            <source>Target, %</source>
            <translation>Целевое значение, %</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTargets</name>
        <message>
            <source>Unknown indicator code "%1"</source>
            <translation>Неизвестный код показателя «%1»</translation>
        </message>
        <message>
            <source>Target year %1 is outside 2000-2100</source>
            <translation>Год целевого значения %1 вне диапазона 2000–2100</translation>
        </message>
        <message>
            <source>Target %1 for "%2" must be a percentage from 0 to 100</source>
            <translation>Целевое значение %1 для «%2» должно быть процентом от 0 до 100</translation>
        </message>
        <message>
            <source>No municipality with id "%1" for the target of "%2"</source>
            <translation>Нет муниципалитета с идентификатором «%1» для целевого значения «%2»</translation>
        </message>
        <message>
            <source>No organisation with id "%1" for the target of "%2"</source>
            <translation>Нет организации с идентификатором «%1» для целевого значения «%2»</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Staff with a diagnostic in the period</source>
            <translation>Доля педагогов, прошедших диагностику в периоде</translation>
        </message>
        <message>
            <source>Staff with a route based on a diagnostic</source>
            <translation>Доля педагогов с ИОМ по результатам диагностики</translation>
        </message>
        <message>
            <source>Staff who completed FR DPP programmes</source>
            <translation>Доля педагогов, освоивших программы из ФР ДПП</translation>
        </message>
        <message>
            <source>Organisations whose managers completed a quality-management programme</source>
            <translation>Доля организаций, управленческие команды которых обучены управлению качеством образования</translation>
        </message>
        <message>
            <source>Young teachers in mentoring or a community</source>
            <translation>Доля молодых педагогов в наставничестве или профессиональных сообществах</translation>
        </message>
        <message>
            <source>IRO programmes included in FR DPP</source>
            <translation>Доля программ ИРО, включённых в ФР ДПП</translation>
        </message>
        <message>
            <source>Staff with identified deficits who have a route</source>
            <translation>Доля работников с выявленными дефицитами, для которых разработан ИОМ</translation>
        </message>
        <message>
            <source>Routes following the three-stage model</source>
            <translation>Доля ИОМ, построенных по трёхэтапной модели</translation>
        </message>
        <message>
            <source>Staff who completed a course chosen in their route</source>
            <translation>Доля работников, освоивших программу, выбранную в их ИОМ</translation>
        </message>
        <message>
            <source>Staff in the regional methodical active</source>
            <translation>Доля работников, входящих в региональный методический актив</translation>
        </message>
        <message>
            <source>Managers in the regional managerial active</source>
            <translation>Доля руководителей, входящих в региональный управленческий актив</translation>
        </message>
        <message>
            <source>Programmes run in the period in the network form</source>
            <translation>Доля программ, реализованных за период в сетевой форме</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>нет данных</translation>
        </message>
    </context>
    <context>
        <name>InstrumentService</name>
        <message>
            <source>Instrument: the name is required.</source>
            <translation>Диагностический инструмент: название обязательно.</translation>
        </message>
        <message>
            <source>Instrument: unknown kind «%1».</source>
            <translation>Диагностический инструмент: неизвестный вид «%1».</translation>
        </message>
        <message>
            <source>Instrument «%1»: thresholds must satisfy 0 &lt; pronounced (%2) ≤ partial (%3) ≤ 1.</source>
            <translation>Диагностический инструмент «%1»: пороги должны удовлетворять условию 0 &lt; выраженный (%2) ≤ частичный (%3) ≤ 1.</translation>
        </message>
        <message>
            <source>Instrument: the name «%1» is already used.</source>
            <translation>Диагностический инструмент: название «%1» уже используется.</translation>
        </message>
        <message>
            <source>Instrument item: instrument, code and competence are required.</source>
            <translation>Задание инструмента: инструмент, код и компетенция обязательны.</translation>
        </message>
        <message>
            <source>Instrument item %1: the maximum score must be above 0.</source>
            <translation>Задание инструмента %1: максимальный балл должен быть больше 0.</translation>
        </message>
    </context>
    <context>
        <name>JournalReports</name>
        <message>
            <source>completed</source>
            <translation>завершил</translation>
        </message>
        <message>
            <source>not completed</source>
            <translation>не завершил</translation>
        </message>
        <message>
            <source>expelled</source>
            <translation>отчислен</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>переведён</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>выбыл</translation>
        </message>
        <message>
            <source>studying</source>
            <translation>обучается</translation>
        </message>
        <message>
            <source>%1, %2 h; group %3, %4 – %5</source>
            <translation>%1, %2 ч; группа %3, %4 – %5</translation>
        </message>
        <message>
            <source>Journal of group %1</source>
            <translation>Журнал группы %1</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Слушатель</translation>
        </message>
        <message>
            <source>Final work</source>
            <translation>Итоговая работа</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Attendance sheet of group %1</source>
            <translation>Ведомость посещаемости группы %1</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Проведено</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Посещено</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Опоздал</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Уважительная причина</translation>
        </message>
        <message>
            <source>Attendance, %</source>
            <translation>Посещаемость, %</translation>
        </message>
        <message>
            <source>Final result</source>
            <translation>Итоговый результат</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Register of issued documents</source>
            <translation>Реестр выданных документов</translation>
        </message>
        <message>
            <source>Reg. number</source>
            <translation>Рег. номер</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>СНИЛС</source>
            <translation>СНИЛС</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
    </context>
    <context>
        <name>JournalService</name>
        <message>
            <source>No study group %1</source>
            <translation>Учебная группа %1 не найдена</translation>
        </message>
        <message>
            <source>session %1, learner %2</source>
            <translation>занятие %1, слушатель %2</translation>
        </message>
        <message>
            <source>Journal of %1, %2: attendance "%3" is not present, absent, excused or late</source>
            <translation>Журнал группы %1, %2: отметка посещаемости «%3» не является одной из допустимых (присутствовал, отсутствовал, уважительная причина, опоздал)</translation>
        </message>
        <message>
            <source>Journal of %1, %2: %3</source>
            <translation>Журнал группы %1, %2: %3</translation>
        </message>
        <message>
            <source>Journal of %1: session %2 is not one of the group's</source>
            <translation>Журнал группы %1: занятие %2 не относится к этой группе</translation>
        </message>
        <message>
            <source>Journal of %1: %2 is not enrolled in the group</source>
            <translation>Журнал группы %1: %2 не зачислен в группу</translation>
        </message>
        <message>
            <source>No enrolment %1</source>
            <translation>Зачисление %1 не найдено</translation>
        </message>
        <message>
            <source>Final attestation in %1, enrolment %2: %3</source>
            <translation>Итоговая аттестация, %1, зачисление %2: %3</translation>
        </message>
        <message>
            <source>%1 %2 %3, reg. %4 (certificate %5)</source>
            <translation>%1 %2 %3, рег. № %4 (удостоверение %5)</translation>
        </message>
    </context>
    <context>
        <name>MentoringService</name>
        <message>
            <source>Mentoring pair: choose both the mentor and the mentee.</source>
            <translation>Наставническая пара: выберите и наставника, и наставляемого.</translation>
        </message>
        <message>
            <source>Mentoring pair: a person cannot mentor themselves.</source>
            <translation>Наставническая пара: человек не может быть наставником самому себе.</translation>
        </message>
        <message>
            <source>Mentoring pair: the start date is required.</source>
            <translation>Наставническая пара: укажите дату начала.</translation>
        </message>
        <message>
            <source>Mentoring pair: the end date %1 is before the start date %2.</source>
            <translation>Наставническая пара: дата окончания %1 раньше даты начала %2.</translation>
        </message>
        <message>
            <source>Mentoring pair: the mentor or the mentee is not in the register.</source>
            <translation>Наставническая пара: наставника или наставляемого нет в реестре.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>без срока окончания</translation>
        </message>
        <message>
            <source>Mentoring pair: %1 already has an active mentor for this period: %2, from %3 to %4. End that pair first.</source>
            <translation>Наставническая пара: у педагога %1 на этот период уже есть действующий наставник: %2, с %3 по %4. Сначала завершите ту пару.</translation>
        </message>
        <message>
            <source>Mentoring pair %1 does not exist.</source>
            <translation>Наставнической пары %1 нет.</translation>
        </message>
        <message>
            <source>Mentoring pair: only an active pair can be ended; this one is %1.</source>
            <translation>Наставническая пара: завершить можно только действующую пару; эта — %1.</translation>
        </message>
        <message>
            <source>Mentoring pair: the end date must not be before the start date %1.</source>
            <translation>Наставническая пара: дата окончания не может быть раньше даты начала %1.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>завершена</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>прекращена</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>The profile %1 was written by a newer version of Metodist (schema %2; this version knows up to %3). Update Metodist to open it; the file was not changed.</source>
            <translation>Профиль %1 создан более новой версией Metodist (схема %2; эта версия поддерживает схемы до %3). Обновите Metodist, чтобы открыть его; файл не изменён.</translation>
        </message>
        <message>
            <source>Migration %1 (%2) failed: %3</source>
            <translation>Миграция %1 (%2) не выполнена: %3</translation>
        </message>
    </context>
    <context>
        <name>MonitoringReport</name>
        <message>
            <source>The region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>No municipality with id %1</source>
            <translation>Нет муниципалитета с идентификатором %1</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>цель не задана</translation>
        </message>
        <message>
            <source>achieved</source>
            <translation>достигнута</translation>
        </message>
        <message>
            <source>not achieved</source>
            <translation>не достигнута</translation>
        </message>
        <message>
            <source>Indicators %1</source>
            <translation>Показатели %1</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation>Числитель</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation>Знаменатель</translation>
        </message>
        <message>
            <source>Value, %</source>
            <translation>Значение, %</translation>
        </message>
        <message>
            <source>Target, %</source>
            <translation>Цель, %</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Change, p.p.</source>
            <translation>Изменение, п.п.</translation>
        </message>
        <message>
            <source>Made %1 by Metodist</source>
            <translation>Сформировано %1 в «Методисте»</translation>
        </message>
        <message>
            <source>Monitoring report on teachers' professional development, %1</source>
            <translation>Отчёт о мониторинге профессионального развития педагогов, %1</translation>
        </message>
        <message>
            <source>To the regional ministry of education</source>
            <translation>В министерство образования региона</translation>
        </message>
        <message>
            <source>Monitoring of teachers' continuous professional development</source>
            <translation>Мониторинг непрерывного профессионального развития педагогических работников</translation>
        </message>
        <message>
            <source>%1, the year %2</source>
            <translation>%1, %2 год</translation>
        </message>
        <message>
            <source>1. Indicators against targets</source>
            <translation>1. Показатели и целевые значения</translation>
        </message>
        <message>
            <source>2. Trends %1-%2</source>
            <translation>2. Динамика за %1–%2 годы</translation>
        </message>
        <message>
            <source>3. The indicators in words</source>
            <translation>3. Пояснения к показателям</translation>
        </message>
        <message>
            <source>4. Professional deficits by competence area</source>
            <translation>4. Профессиональные дефициты по областям компетенций</translation>
        </message>
        <message>
            <source>Deficits by area</source>
            <translation>Дефициты по областям</translation>
        </message>
        <message>
            <source>Competence area</source>
            <translation>Область компетенций</translation>
        </message>
        <message>
            <source>Pronounced deficit</source>
            <translation>Выраженный дефицит</translation>
        </message>
        <message>
            <source>Partial deficit</source>
            <translation>Частичный дефицит</translation>
        </message>
        <message>
            <source>No deficit</source>
            <translation>Нет дефицита</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Динамика</translation>
        </message>
        <message>
            <source>Municipal summary of the monitoring, %1</source>
            <translation>Сводка мониторинга по муниципалитетам, %1</translation>
        </message>
        <message>
            <source>Municipalities %1</source>
            <translation>Муниципалитеты %1</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Numerator / denominator</source>
            <translation>Числитель / знаменатель</translation>
        </message>
        <message>
            <source>Region, %</source>
            <translation>Регион, %</translation>
        </message>
        <message>
            <source>All municipalities of the region</source>
            <translation>Все муниципалитеты региона</translation>
        </message>
        <message>
            <source>Professional deficits by organisation, %1</source>
            <translation>Профессиональные дефициты по организациям, %1</translation>
        </message>
        <message>
            <source>Deficits by organisation</source>
            <translation>Дефициты по организациям</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Работников</translation>
        </message>
        <message>
            <source>Diagnosed</source>
            <translation>Прошли диагностику</translation>
        </message>
        <message>
            <source>Pronounced, %</source>
            <translation>Выраженный, %</translation>
        </message>
        <message>
            <source>Areas with most pronounced deficits</source>
            <translation>Области с наибольшим числом выраженных дефицитов</translation>
        </message>
        <message>
            <source>Municipal summary</source>
            <translation>Сводка по муниципалитетам</translation>
        </message>
        <message>
            <source>Report for the ministry</source>
            <translation>Отчёт для министерства</translation>
        </message>
        <message>
            <source>Report year %1 is outside 2000-2100</source>
            <translation>Год отчёта %1 вне диапазона 2000–2100</translation>
        </message>
        <message>
            <source>Nothing to count this year: the denominator is empty.</source>
            <translation>В этом году считать не из чего: знаменатель пуст.</translation>
        </message>
        <message>
            <source>%1 of %2, that is %3%.</source>
            <translation>%1 из %2, то есть %3%.</translation>
        </message>
        <message>
            <source>The target of %1% is achieved (%2 p.p. above).</source>
            <translation>Цель %1% достигнута (выше на %2 п.п.).</translation>
        </message>
        <message>
            <source>The target of %1% is not achieved: %2 p.p. short.</source>
            <translation>Цель %1% не достигнута: не хватает %2 п.п.</translation>
        </message>
        <message>
            <source>No target is set for the year.</source>
            <translation>Цель на этот год не задана.</translation>
        </message>
        <message>
            <source>Unchanged against the year before.</source>
            <translation>Без изменений к предыдущему году.</translation>
        </message>
        <message>
            <source>Up %1 p.p. on the year before.</source>
            <translation>Рост на %1 п.п. к предыдущему году.</translation>
        </message>
        <message>
            <source>Down %1 p.p. on the year before.</source>
            <translation>Снижение на %1 п.п. к предыдущему году.</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>Portfolio: no person %1 in the register.</source>
            <translation>Портфолио: в реестре нет человека %1.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Продукт</translation>
        </message>
        <message>
            <source>Competition</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Публикация</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Portfolio item: the title is required.</source>
            <translation>Запись портфолио: укажите название.</translation>
        </message>
        <message>
            <source>Portfolio item: unknown kind "%1".</source>
            <translation>Запись портфолио: неизвестный вид «%1».</translation>
        </message>
        <message>
            <source>Digital portfolio of a teacher</source>
            <translation>Цифровое портфолио педагога</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>In the profession since</source>
            <translation>В профессии с</translation>
        </message>
        <message>
            <source>Young teacher: under 35 and in the first three years of the profession</source>
            <translation>Молодой педагог: моложе 35 лет и первые три года в профессии</translation>
        </message>
        <message>
            <source>Diagnostics of professional deficits</source>
            <translation>Диагностика профессиональных дефицитов</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Инструмент</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Pronounced deficits</source>
            <translation>Выраженные дефициты</translation>
        </message>
        <message>
            <source>Partial deficits</source>
            <translation>Частичные дефициты</translation>
        </message>
        <message>
            <source>No diagnostics.</source>
            <translation>Диагностик нет.</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <source>Individual educational routes</source>
            <translation>Индивидуальные образовательные маршруты</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Tutor</source>
            <translation>Тьютор</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Выполнено пунктов</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>No routes.</source>
            <translation>Маршрутов нет.</translation>
        </message>
        <message>
            <source>%1. Final work: %2</source>
            <translation>%1. Итоговая работа: %2</translation>
        </message>
        <message>
            <source>Further professional education: documents</source>
            <translation>Дополнительное профессиональное образование: документы</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Reg. number</source>
            <translation>Рег. номер</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>No documents.</source>
            <translation>Документов нет.</translation>
        </message>
        <message>
            <source>Products, competitions and publications</source>
            <translation>Продукты, конкурсы и публикации</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>No items.</source>
            <translation>Записей нет.</translation>
        </message>
        <message>
            <source>Mentor of %1</source>
            <translation>Наставник педагога %1</translation>
        </message>
        <message>
            <source>Mentored by %1</source>
            <translation>Наставляемый, наставник %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Mentoring and professional communities</source>
            <translation>Наставничество и профессиональные сообщества</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Участие</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>No participation.</source>
            <translation>Участия нет.</translation>
        </message>
        <message>
            <source>Made %1</source>
            <translation>Сформировано %1</translation>
        </message>
    </context>
    <context>
        <name>ProfileBackup</name>
        <message>
            <source>Cannot start copying %1: %2</source>
            <translation>Не удалось начать копирование %1: %2</translation>
        </message>
        <message>
            <source>the file stayed locked by another program</source>
            <translation>файл оставался заблокирован другой программой</translation>
        </message>
        <message>
            <source>Copying %1 failed: %2</source>
            <translation>Копирование %1 не удалось: %2</translation>
        </message>
        <message>
            <source>The profile file %1 does not exist.</source>
            <translation>Файл профиля %1 не существует.</translation>
        </message>
        <message>
            <source>The backup file must differ from the profile file %1.</source>
            <translation>Файл резервной копии должен отличаться от файла профиля %1.</translation>
        </message>
        <message>
            <source>Cannot open the profile file %1: %2</source>
            <translation>Не удалось открыть файл профиля %1: %2</translation>
        </message>
        <message>
            <source>Cannot create the backup file %1: %2</source>
            <translation>Не удалось создать файл резервной копии %1: %2</translation>
        </message>
        <message>
            <source>The backup was cancelled; %1 was not written.</source>
            <translation>Резервное копирование отменено; файл %1 не записан.</translation>
        </message>
        <message>
            <source>Cannot finish the backup file %1: %2</source>
            <translation>Не удалось завершить файл резервной копии %1: %2</translation>
        </message>
        <message>
            <source>Cannot write the backup file %1.</source>
            <translation>Не удалось записать файл резервной копии %1.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a Metodist backup: it is not an SQLite database file.</source>
            <translation>%1 не является резервной копией Методиста: это не файл базы данных SQLite.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Не удалось открыть %1: %2</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be restored: %2</source>
            <translation>Файл %1 повреждён, восстановить из него нельзя: %2</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
            <translation>Файл %1 повреждён, восстановить из него нельзя (проверка целостности: %2).</translation>
        </message>
        <message>
            <source>%1 is not a Metodist profile: it lacks the profile's tables (schema_migrations, person, outbox, settings).</source>
            <translation>%1 не является профилем Методиста: в нём нет таблиц профиля (schema_migrations, person, outbox, settings).</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of Metodist (schema %2; this version knows up to %3). Update Metodist to restore it.</source>
            <translation>Файл %1 создан более новой версией Методиста (схема %2; эта версия знает схемы до %3). Обновите Методист, чтобы восстановить из него профиль.</translation>
        </message>
        <message>
            <source>%1 is not a consistent Metodist profile: its schema version is %2 but its migrations record %3.</source>
            <translation>%1 — несогласованный профиль Методиста: версия схемы %2, а в журнале миграций — %3.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <source>The restore was cancelled; the profile %1 was not changed.</source>
            <translation>Восстановление отменено; профиль %1 не изменён.</translation>
        </message>
    </context>
    <context>
        <name>ReferenceBooks</name>
        <message>
            <source>Positions</source>
            <translation>Должности</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Предметы</translation>
        </message>
        <message>
            <source>Competence areas</source>
            <translation>Области компетенций</translation>
        </message>
        <message>
            <source>Competences</source>
            <translation>Компетенции</translation>
        </message>
        <message>
            <source>Kinds of programmes</source>
            <translation>Виды программ</translation>
        </message>
        <message>
            <source>Kinds of events</source>
            <translation>Виды мероприятий</translation>
        </message>
        <message>
            <source>Advanced training (PK)</source>
            <translation>Повышение квалификации (ПК)</translation>
        </message>
        <message>
            <source>Professional retraining (PP)</source>
            <translation>Профессиональная переподготовка (ПП)</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Master class</source>
            <translation>Мастер-класс</translation>
        </message>
        <message>
            <source>Internship</source>
            <translation>Стажировка</translation>
        </message>
        <message>
            <source>Conference</source>
            <translation>Конференция</translation>
        </message>
        <message>
            <source>Competition</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>Professional community</source>
            <translation>Профессиональное сообщество</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Наставничество</translation>
        </message>
        <message>
            <source>Positions and subjects come from people's cards: enter a new one in a person's card. Here they are renamed or merged.</source>
            <translation>Должности и предметы берутся из карточек педагогов: новое значение введите в карточке педагога. Здесь их можно переименовать или объединить.</translation>
        </message>
        <message>
            <source>Kinds of programmes and events are fixed by the data schema and cannot be added.</source>
            <translation>Виды программ и мероприятий заданы схемой данных; добавить новый нельзя.</translation>
        </message>
        <message>
            <source>Competence area: the code %1 is already used.</source>
            <translation>Область компетенций: код %1 уже занят.</translation>
        </message>
        <message>
            <source>Competence: choose its competence area.</source>
            <translation>Компетенция: выберите её область.</translation>
        </message>
        <message>
            <source>Kinds of programmes and events are fixed by the data schema and cannot be renamed.</source>
            <translation>Виды программ и мероприятий заданы схемой данных; переименовать их нельзя.</translation>
        </message>
        <message>
            <source>The new name is empty.</source>
            <translation>Новое название пустое.</translation>
        </message>
        <message>
            <source>A subject cannot contain ';' (it separates a person's subjects).</source>
            <translation>Название предмета не может содержать «;» (этим знаком разделяются предметы педагога).</translation>
        </message>
        <message>
            <source>No such entry in %1.</source>
            <translation>В справочнике «%1» нет такой записи.</translation>
        </message>
        <message>
            <source>The code is empty.</source>
            <translation>Код пустой.</translation>
        </message>
        <message>
            <source>The code %1 is already used in %2.</source>
            <translation>Код %1 уже занят в справочнике «%2».</translation>
        </message>
        <message>
            <source>The code of competence %1 cannot change: diagnostics refer to it by code (%2: %3). Change only its name.</source>
            <translation>Код компетенции %1 менять нельзя: на него по коду ссылаются результаты диагностики (%2: %3). Измените только название.</translation>
        </message>
        <message>
            <source>Kinds of programmes and events are fixed by the data schema and cannot be deleted.</source>
            <translation>Виды программ и мероприятий заданы схемой данных; удалить их нельзя.</translation>
        </message>
        <message>
            <source>«%1» is in use and cannot be deleted; rows that refer to it: %2.</source>
            <translation>«%1» используется, удалить нельзя; ссылающиеся строки: %2.</translation>
        </message>
        <message>
            <source>«%1» is not used by anyone, so there is nothing to delete.</source>
            <translation>«%1» нигде не указано — удалять нечего.</translation>
        </message>
    </context>
    <context>
        <name>RegistryService</name>
        <message>
            <source>Last name: required.</source>
            <translation>Фамилия: обязательное поле.</translation>
        </message>
        <message>
            <source>First name: required.</source>
            <translation>Имя: обязательное поле.</translation>
        </message>
        <message>
            <source>Organisation: required.</source>
            <translation>Организация: обязательное поле.</translation>
        </message>
        <message>
            <source>СНИЛС: %1</source>
            <translation>СНИЛС: %1</translation>
        </message>
        <message>
            <source>СНИЛС: %1 already belongs to %2.</source>
            <translation>СНИЛС: %1 уже указан у другого человека: %2.</translation>
        </message>
        <message>
            <source>Birth date: %1 is not plausible for a member of staff.</source>
            <translation>Дата рождения: %1 — неправдоподобная дата для работника.</translation>
        </message>
        <message>
            <source>Start in the profession: the date is in the future.</source>
            <translation>Начало работы в профессии: дата ещё не наступила.</translation>
        </message>
        <message>
            <source>Start in the profession: earlier than the age of 14.</source>
            <translation>Начало работы в профессии: раньше 14 лет.</translation>
        </message>
        <message>
            <source>E-mail: «%1» is not an address.</source>
            <translation>Электронная почта: «%1» — не адрес.</translation>
        </message>
        <message>
            <source>Municipality name: required.</source>
            <translation>Название муниципалитета: обязательное поле.</translation>
        </message>
        <message>
            <source>Organisation name: required.</source>
            <translation>Название организации: обязательное поле.</translation>
        </message>
        <message>
            <source>Municipality: required.</source>
            <translation>Муниципалитет: обязательное поле.</translation>
        </message>
        <message>
            <source>INN: «%1» must have 10 or 12 digits.</source>
            <translation>ИНН: «%1» должен содержать 10 или 12 цифр.</translation>
        </message>
    </context>
    <context>
        <name>RegistryTypes</name>
        <message>
            <source>School</source>
            <translation>Школа</translation>
        </message>
        <message>
            <source>Kindergarten</source>
            <translation>Детский сад</translation>
        </message>
        <message>
            <source>College</source>
            <translation>Колледж</translation>
        </message>
        <message>
            <source>Further-education organisation</source>
            <translation>Организация дополнительного образования</translation>
        </message>
        <message>
            <source>Methodical service</source>
            <translation>Методическая служба</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Без категории</translation>
        </message>
        <message>
            <source>Conformity to the position</source>
            <translation>Соответствие занимаемой должности</translation>
        </message>
        <message>
            <source>First category</source>
            <translation>Первая категория</translation>
        </message>
        <message>
            <source>Highest category</source>
            <translation>Высшая категория</translation>
        </message>
        <message>
            <source>Tutor</source>
            <translation>Тьютор</translation>
        </message>
        <message>
            <source>Methodologist</source>
            <translation>Методист</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Наставник</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Преподаватель</translation>
        </message>
        <message>
            <source>Regional active</source>
            <translation>Региональный актив</translation>
        </message>
        <message>
            <source>Municipal district</source>
            <translation>Муниципальный район</translation>
        </message>
        <message>
            <source>City district</source>
            <translation>Городской округ</translation>
        </message>
        <message>
            <source>Municipal okrug</source>
            <translation>Муниципальный округ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
    </context>
    <context>
        <name>ReportPrinter</name>
        <message>
            <source>Print preview: %1</source>
            <translation>Предварительный просмотр: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удалось записать %1: %2</translation>
        </message>
        <message>
            <source>Made %1, %2 rows</source>
            <translation>Сформировано %1, строк: %2</translation>
        </message>
    </context>
    <context>
        <name>ReportRenderer</name>
        <message>
            <source>%1: the report is written as .pdf or .xlsx</source>
            <translation>%1: отчёт сохраняется только в .pdf или .xlsx</translation>
        </message>
    </context>
    <context>
        <name>RouteCard</name>
        <message>
            <source>Pre-course stage: self-study materials</source>
            <translation>Предкурсовой этап: материалы для самостоятельного изучения</translation>
        </message>
        <message>
            <source>Course stage: programmes and modules</source>
            <translation>Курсовой этап: программы и модули</translation>
        </message>
        <message>
            <source>Post-course stage: practice, events, communities, mentoring</source>
            <translation>Посткурсовой этап: практика, мероприятия, сообщества, наставничество</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>module</source>
            <translation>модуль</translation>
        </message>
        <message>
            <source>event</source>
            <translation>мероприятие</translation>
        </message>
        <message>
            <source>material</source>
            <translation>материал</translation>
        </message>
        <message>
            <source>mentoring</source>
            <translation>наставничество</translation>
        </message>
        <message>
            <source>community</source>
            <translation>сообщество</translation>
        </message>
        <message>
            <source>consultation</source>
            <translation>консультация</translation>
        </message>
        <message>
            <source>product</source>
            <translation>продукт</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>согласовано</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>завершено</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>pronounced</source>
            <translation>выраженный</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>частичный</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>INN %1</source>
            <translation>ИНН %1</translation>
        </message>
        <message>
            <source>Individual educational route</source>
            <translation>Индивидуальный образовательный маршрут</translation>
        </message>
        <message>
            <source>Teacher:</source>
            <translation>Педагог:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Tutor:</source>
            <translation>Тьютор:</translation>
        </message>
        <message>
            <source>Based on the diagnostic of:</source>
            <translation>По результатам диагностики от:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <source> (agreed on %1)</source>
            <translation> (согласовано %1)</translation>
        </message>
        <message>
            <source>Professional deficits</source>
            <translation>Профессиональные дефициты</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Deficit</source>
            <translation>Дефицит</translation>
        </message>
        <message>
            <source>Addressed by the route</source>
            <translation>Закрывается маршрутом</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n пункт</numerusform>
                <numerusform>%n пункта</numerusform>
                <numerusform>%n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>не закрыт</translation>
        </message>
        <message>
            <source>No items.</source>
            <translation>Пунктов нет.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Total: %1 h</source>
            <translation>Итого: %1 ч</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Педагог</translation>
        </message>
        <message>
            <source>Tutor</source>
            <translation>Тьютор</translation>
        </message>
        <message>
            <source>Head of the organisation</source>
            <translation>Руководитель организации</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Cannot write the PDF file %1.</source>
            <translation>Не удалось записать PDF-файл %1.</translation>
        </message>
        <message>
            <source>done earlier</source>
            <translation>выполнено ранее</translation>
        </message>
    </context>
    <context>
        <name>RouteService</name>
        <message>
            <source>Accepted forms: «%1» names none of full_time, blended, distance.</source>
            <translation>Допустимые формы: «%1» не содержит ни одной из форм full_time, blended, distance.</translation>
        </message>
        <message>
            <source>Route period: the end %1 is before the start %2.</source>
            <translation>Период маршрута: окончание %1 раньше начала %2.</translation>
        </message>
        <message>
            <source>Proposed for %1 deficits: %2 covered, %3 with nothing in the catalogue, %4 beyond the hours budget; %5 h.</source>
            <translation>Предложено для дефицитов (%1): закрыто — %2, нет подходящего в каталоге — %3, сверх бюджета часов — %4; %5 ч.</translation>
        </message>
        <message>
            <source>Route: no person %1 in the register.</source>
            <translation>Маршрут: в реестре нет человека %1.</translation>
        </message>
        <message>
            <source>No route %1.</source>
            <translation>Маршрут %1 не найден.</translation>
        </message>
        <message>
            <source>Route %1 is %2: its items can no longer change.</source>
            <translation>Маршрут %1 в статусе «%2»: его пункты больше нельзя изменить.</translation>
        </message>
        <message>
            <source>Route item status: «%1» is not one of %2.</source>
            <translation>Статус пункта маршрута: «%1» — не одно из значений %2.</translation>
        </message>
        <message>
            <source>Route %1: the status cannot change from «%2» to «%3».</source>
            <translation>Маршрут %1: статус нельзя изменить с «%2» на «%3».</translation>
        </message>
        <message>
            <source>Route %1: a route without items cannot be agreed.</source>
            <translation>Маршрут %1: маршрут без пунктов нельзя согласовать.</translation>
        </message>
        <message>
            <source>Route %1: %2 item(s) are neither done nor cancelled; the route cannot be completed.</source>
            <translation>Маршрут %1: пунктов, которые не выполнены и не отменены: %2; маршрут нельзя завершить.</translation>
        </message>
        <message>
            <source>Route period: the end is before the start.</source>
            <translation>Период маршрута: окончание раньше начала.</translation>
        </message>
    </context>
    <context>
        <name>RoutesPage</name>
        <message>
            <source>Cancelled: nothing was saved.</source>
            <translation>Отменено: ничего не сохранено.</translation>
        </message>
        <message>
            <source>%1 draft routes built for %2 people (%3 already had a route, %4 without deficits).</source>
            <translation>Создано черновиков маршрутов: %1 для %2 чел. (у %3 маршрут уже был, у %4 нет дефицитов).</translation>
        </message>
    </context>
    <context>
        <name>RoutesXlsx</name>
        <message>
            <source>Routes</source>
            <translation>Маршруты</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Педагог</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Начало периода</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Окончание периода</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Пунктов</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Deficits</source>
            <translation>Дефициты</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>Не закрыто</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Deficit</source>
            <translation>Дефицит</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Плановое начало</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Плановое окончание</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждение</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Register</source>
            <translation>Реестр</translation>
        </message>
        <message>
            <source>Municipalities, organisations and staff</source>
            <translation>Муниципалитеты, организации и педагогические работники</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Диагностика</translation>
        </message>
        <message>
            <source>Professional deficits: intake and profiles</source>
            <translation>Профессиональные дефициты: ввод результатов и профили</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <source>Programmes, events, materials and applications</source>
            <translation>Программы, мероприятия, материалы и заявки</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Маршруты</translation>
        </message>
        <message>
            <source>Individual educational routes (IOM)</source>
            <translation>Индивидуальные образовательные маршруты (ИОМ)</translation>
        </message>
        <message>
            <source>Groups and schedule</source>
            <translation>Группы и расписание</translation>
        </message>
        <message>
            <source>Groups, workshops, sessions and their load</source>
            <translation>Группы, мастерские, занятия и их загруженность</translation>
        </message>
        <message>
            <source>Journals</source>
            <translation>Журналы</translation>
        </message>
        <message>
            <source>Attendance, grades, completion and certificates</source>
            <translation>Посещаемость, оценки, завершение обучения и удостоверения</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Indicators, dashboards and reports</source>
            <translation>Показатели, панели мониторинга и отчёты</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>Exchange with the central server</source>
            <translation>Обмен с центральным сервером</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Администрирование</translation>
        </message>
        <message>
            <source>Users, reference books and the audit log</source>
            <translation>Пользователи, справочники и журнал аудита</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Сопровождение</translation>
        </message>
        <message>
            <source>Mentoring, young teachers, the methodical active, surveys</source>
            <translation>Наставничество, молодые педагоги, методический актив, анкетирование</translation>
        </message>
    </context>
    <context>
        <name>SessionKinds</name>
        <message>
            <source>lecture</source>
            <translation>лекция</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>практика</translation>
        </message>
        <message>
            <source>internship</source>
            <translation>стажировка</translation>
        </message>
        <message>
            <source>attestation</source>
            <translation>аттестация</translation>
        </message>
    </context>
    <context>
        <name>Snils</name>
        <message>
            <source>СНИЛС «%1» may contain only digits, hyphens and spaces.</source>
            <translation>СНИЛС «%1» может содержать только цифры, дефисы и пробелы.</translation>
        </message>
        <message>
            <source>СНИЛС «%1» must have 11 digits, it has %2.</source>
            <translation>СНИЛС «%1» должен содержать 11 цифр, а содержит %2.</translation>
        </message>
        <message>
            <source>СНИЛС «%1» has a wrong checksum: %2 expected, %3 given.</source>
            <translation>У СНИЛС «%1» неверная контрольная сумма: ожидалось %2, указано %3.</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>Satisfaction with a programme</source>
            <translation>Удовлетворённость программой</translation>
        </message>
        <message>
            <source>The content met my professional needs</source>
            <translation>Содержание отвечало моим профессиональным потребностям</translation>
        </message>
        <message>
            <source>The instructors' work</source>
            <translation>Работа преподавателей</translation>
        </message>
        <message>
            <source>Organisation of the training</source>
            <translation>Организация обучения</translation>
        </message>
        <message>
            <source>Usefulness for my practice</source>
            <translation>Польза для моей практики</translation>
        </message>
        <message>
            <source>Support of a young teacher</source>
            <translation>Сопровождение молодого педагога</translation>
        </message>
        <message>
            <source>The mentor's help</source>
            <translation>Помощь наставника</translation>
        </message>
        <message>
            <source>My adaptation at the school</source>
            <translation>Моя адаптация в образовательной организации</translation>
        </message>
        <message>
            <source>Overall satisfaction</source>
            <translation>Общая удовлетворённость</translation>
        </message>
        <message>
            <source>Survey: unknown questionnaire "%1".</source>
            <translation>Анкетирование: неизвестная анкета «%1».</translation>
        </message>
        <message>
            <source>Survey: the answer to "%1" must be from 1 to 5.</source>
            <translation>Анкетирование: ответ на вопрос «%1» должен быть от 1 до 5.</translation>
        </message>
        <message>
            <source>Survey: the date of the answer is required.</source>
            <translation>Анкетирование: укажите дату ответа.</translation>
        </message>
        <message>
            <source>Survey: "%1" is answered about a group; choose the group.</source>
            <translation>Анкетирование: анкета «%1» заполняется по группе; выберите группу.</translation>
        </message>
        <message>
            <source>Survey: no group %1.</source>
            <translation>Анкетирование: группы %1 нет.</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Ответов</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Среднее</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Программы</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Mean satisfaction</source>
            <translation>Средняя удовлетворённость</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <source>No open sync conflict %1</source>
            <translation>Нет открытого конфликта синхронизации %1</translation>
        </message>
    </context>
    <context>
        <name>TableWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>XlsxReader</name>
        <message>
            <source>%1: not an XLSX workbook (no %2).</source>
            <translation>%1: не является книгой XLSX (нет %2).</translation>
        </message>
        <message>
            <source>%1: the worksheet is damaged: %2</source>
            <translation>%1: лист повреждён: %2</translation>
        </message>
        <message>
            <source>%1: the first worksheet is empty.</source>
            <translation>%1: первый лист пуст.</translation>
        </message>
    </context>
    <context>
        <name>XlsxWriter</name>
        <message>
            <source>Cannot create %1.</source>
            <translation>Не удаётся создать %1.</translation>
        </message>
        <message>
            <source>Cannot add the sheet «%1» to %2.</source>
            <translation>Не удаётся добавить лист «%1» в %2.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ZipReader</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a zip archive (an XLSX file is one).</source>
            <translation>%1 не является ZIP-архивом (а файл XLSX — это ZIP-архив).</translation>
        </message>
        <message>
            <source>%1 has no part %2.</source>
            <translation>В %1 нет части %2.</translation>
        </message>
        <message>
            <source>%1: the part %2 is damaged.</source>
            <translation>%1: часть %2 повреждена.</translation>
        </message>
        <message>
            <source>%1: the part %2 uses an unsupported compression method %3.</source>
            <translation>%1: часть %2 сжата неподдерживаемым методом %3.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>The profile cannot be opened</source>
            <translation>Не удаётся открыть профиль</translation>
        </message>
    </context>
    <context>
        <name>metodist::ServerAdmin</name>
        <message>
            <source>The server %1 does not answer: %2</source>
            <translation>Сервер %1 не отвечает: %2</translation>
        </message>
        <message>
            <source>Log in to the server again (the session has expired or was revoked).</source>
            <translation>Войдите на сервер заново (сеанс истёк или был отозван).</translation>
        </message>
        <message>
            <source>Only an administrator of the server may manage users.</source>
            <translation>Управлять пользователями может только администратор сервера.</translation>
        </message>
        <message>
            <source>The server refused (HTTP %1): %2</source>
            <translation>Сервер отказал (HTTP %1): %2</translation>
        </message>
        <message>
            <source>Wrong login or password.</source>
            <translation>Неверный логин или пароль.</translation>
        </message>
    </context>
    <context>
        <name>metodist::SyncClient</name>
        <message>
            <source>No server URL or login configured.</source>
            <translation>Не указаны адрес сервера или логин.</translation>
        </message>
        <message>
            <source>The server cannot be reached (%1); gave up after %2 attempts.</source>
            <translation>Сервер недоступен (%1); попыток: %2, подключение прекращено.</translation>
        </message>
        <message>
            <source>Offline (%1); retrying in %2 s.</source>
            <translation>Нет связи (%1); повтор через %2 с.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Log in to %1 as %2.</source>
            <translation>Войдите на %1 как %2.</translation>
        </message>
        <message>
            <source>Logging in as %1…</source>
            <translation>Вход как %1…</translation>
        </message>
        <message>
            <source>Login refused: %1</source>
            <translation>Вход отклонён: %1</translation>
        </message>
        <message>
            <source>Checking the server…</source>
            <translation>Проверка сервера…</translation>
        </message>
        <message>
            <source>The server answered HTTP %1 to /meta.</source>
            <translation>Сервер ответил HTTP %1 на запрос /meta.</translation>
        </message>
        <message>
            <source>This Metodist has data schema %1; the server accepts %2–%3. Update Metodist (or the server) before syncing.</source>
            <translation>Схема данных этого Metodist — %1, а сервер принимает %2–%3. Обновите Metodist (или сервер) перед синхронизацией.</translation>
        </message>
        <message>
            <source>Sending changes…</source>
            <translation>Отправка изменений…</translation>
        </message>
        <message>
            <source>The session has ended; log in again.</source>
            <translation>Сеанс завершён; войдите снова.</translation>
        </message>
        <message>
            <source>Push refused (HTTP %1): %2</source>
            <translation>Отправка отклонена (HTTP %1): %2</translation>
        </message>
        <message>
            <source>Receiving changes…</source>
            <translation>Получение изменений…</translation>
        </message>
        <message>
            <source>Pull refused (HTTP %1): %2</source>
            <translation>Получение отклонено (HTTP %1): %2</translation>
        </message>
        <message>
            <source>Synced: %1 sent, %2 merged, %3 conflicts, %4 refused, %5 received.</source>
            <translation>Синхронизировано: отправлено %1, объединено %2, конфликтов %3, отклонено %4, получено %5.</translation>
        </message>
        <message>
            <source>Sync cancelled.</source>
            <translation>Синхронизация отменена.</translation>
        </message>
        <message>
            <source>The server sent a malformed page: %1</source>
            <translation>Сервер прислал повреждённую страницу данных: %1</translation>
        </message>
    </context>
    <context>
        <name>metodist::timetabling</name>
        <message>
            <source>expected "course room day period"</source>
            <translation>ожидалось «курс аудитория день пара»</translation>
        </message>
        <message>
            <source>unknown course "%1"</source>
            <translation>неизвестный курс «%1»</translation>
        </message>
        <message>
            <source>unknown room "%1"</source>
            <translation>неизвестная аудитория «%1»</translation>
        </message>
        <message>
            <source>day %1 period %2 is outside the %3x%4 week</source>
            <translation>день %1, пара %2 — вне сетки недели %3x%4</translation>
        </message>
    </context>
    <context>
        <name>metodist::timetabling::Parser</name>
        <message>
            <source>text after END.</source>
            <translation>текст после END.</translation>
        </message>
        <message>
            <source>missing END.</source>
            <translation>отсутствует END.</translation>
        </message>
        <message>
            <source>courses</source>
            <translation>курсы</translation>
        </message>
        <message>
            <source>rooms</source>
            <translation>аудитории</translation>
        </message>
        <message>
            <source>curricula</source>
            <translation>учебные планы</translation>
        </message>
        <message>
            <source>unavailability constraints</source>
            <translation>ограничения недоступности</translation>
        </message>
        <message>
            <source>room constraints</source>
            <translation>ограничения по аудиториям</translation>
        </message>
        <message>
            <source>expected a whole number &gt;= %1, found "%2"</source>
            <translation>ожидалось целое число &gt;= %1, найдено «%2»</translation>
        </message>
        <message>
            <source>the header declares %1 %2 but the file lists %3</source>
            <translation>%2: в заголовке объявлено %1, а в файле перечислено %3</translation>
        </message>
        <message>
            <source>Days and Periods_per_day must be given (and positive) before COURSES:</source>
            <translation>Days и Periods_per_day должны быть заданы (положительными числами) до COURSES:</translation>
        </message>
        <message>
            <source>expected "Key: value" or a section name, found "%1"</source>
            <translation>ожидалось «Ключ: значение» или название раздела, найдено «%1»</translation>
        </message>
        <message>
            <source>%1 needs one number</source>
            <translation>для %1 нужно одно число</translation>
        </message>
        <message>
            <source>at most 64 periods per day are supported</source>
            <translation>поддерживается не более 64 пар в день</translation>
        </message>
        <message>
            <source>Min_Max_Daily_Lectures needs two numbers</source>
            <translation>для Min_Max_Daily_Lectures нужны два числа</translation>
        </message>
        <message>
            <source>unknown header "%1"</source>
            <translation>неизвестный заголовок «%1»</translation>
        </message>
        <message>
            <source>a course line needs: name teacher lectures min_working_days students [double_lectures]</source>
            <translation>в строке курса нужны: название преподаватель занятия мин_рабочих_дней слушатели [сдвоенные_занятия]</translation>
        </message>
        <message>
            <source>course "%1" listed twice</source>
            <translation>курс «%1» указан дважды</translation>
        </message>
        <message>
            <source>course "%1" has more lectures than periods</source>
            <translation>у курса «%1» занятий больше, чем пар в неделе</translation>
        </message>
        <message>
            <source>a room line needs: name capacity [site]</source>
            <translation>в строке аудитории нужны: название вместимость [площадка]</translation>
        </message>
        <message>
            <source>room "%1" listed twice</source>
            <translation>аудитория «%1» указана дважды</translation>
        </message>
        <message>
            <source>unknown course "%1"</source>
            <translation>неизвестный курс «%1»</translation>
        </message>
        <message>
            <source>a curriculum line needs: name count course...</source>
            <translation>в строке учебного плана нужны: название число курс...</translation>
        </message>
        <message>
            <source>curriculum "%1" declares %2 courses but lists %3</source>
            <translation>в учебном плане «%1» объявлено курсов: %2, а перечислено: %3</translation>
        </message>
        <message>
            <source>an unavailability line needs: course day period</source>
            <translation>в строке ограничения недоступности нужны: курс день пара</translation>
        </message>
        <message>
            <source>day %1 period %2 is outside the %3x%4 week</source>
            <translation>день %1, пара %2 — вне сетки недели %3x%4</translation>
        </message>
        <message>
            <source>a room constraint line needs: course room</source>
            <translation>в строке ограничения по аудитории нужны: курс аудитория</translation>
        </message>
        <message>
            <source>unknown room "%1"</source>
            <translation>неизвестная аудитория «%1»</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::AdminPage</name>
        <message>
            <source>Backup and restore</source>
            <translation>Резервная копия и восстановление</translation>
        </message>
        <message>
            <source>Reference books</source>
            <translation>Справочники</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Пользователи и роли</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::AuditModel</name>
        <message>
            <source>The row no longer exists</source>
            <translation>Строка больше не существует</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::AuditWidget</name>
        <message>
            <source>Text in row id, user, table or fields</source>
            <translation>Текст в идентификаторе записи, пользователе, таблице или полях</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пользователь:</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Таблица:</translation>
        </message>
        <message>
            <source>Export to XLSX…</source>
            <translation>Экспорт в XLSX…</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Все пользователи</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>Все таблицы</translation>
        </message>
        <message>
            <source>Entries: %1</source>
            <translation>Записей: %1</translation>
        </message>
        <message>
            <source>Exported %1 entries to %2.</source>
            <translation>Выгружено записей: %1, файл %2.</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Экспорт журнала аудита</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Delete old entries…</source>
            <translation>Удалить старые записи…</translation>
        </message>
        <message>
            <source>The log keeps every change for ever; delete the entries before a date you choose</source>
            <translation>Журнал хранит все изменения бессрочно; удалите записи, сделанные до выбранной даты</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n entries made before %1.</source>
            <translation>
                <numerusform>Удалена %n запись, сделанная до %1.</numerusform>
                <numerusform>Удалены %n записи, сделанные до %1.</numerusform>
                <numerusform>Удалено %n записей, сделанных до %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete old audit entries</source>
            <translation>Удаление старых записей журнала</translation>
        </message>
        <message>
            <source>Delete entries made before:</source>
            <translation>Удалить записи, сделанные до:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be deleted; this cannot be undone.</source>
            <translation>
                <numerusform>Будет удалена %n запись; отменить это нельзя.</numerusform>
                <numerusform>Будут удалены %n записи; отменить это нельзя.</numerusform>
                <numerusform>Будет удалено %n записей; отменить это нельзя.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::AutoScheduleDialog</name>
        <message>
            <source>Auto-schedule</source>
            <translation>Автоматическое расписание</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Find groups</source>
            <translation>Найти группы</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Ограничение времени</translation>
        </message>
        <message>
            <source>Groups to schedule (ticked: their sessions have fewer hours than the programme)</source>
            <translation>Группы для расписания (отмечены те, у которых занятий меньше часов программы)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Аудитория</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Преподаватели</translation>
        </message>
        <message>
            <source>Proposed sessions</source>
            <translation>Предлагаемые занятия</translation>
        </message>
        <message>
            <source>◀ Week</source>
            <translation>◀ Неделя</translation>
        </message>
        <message>
            <source>Week ▶</source>
            <translation>Неделя ▶</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <source>Accept and write</source>
            <translation>Принять и записать</translation>
        </message>
        <message>
            <source>%1 — %2 (%3 – %4), %5 of %6 h scheduled</source>
            <translation>%1 — %2 (%3 – %4), в расписании %5 из %6 ч</translation>
        </message>
        <message>
            <source>Tick the groups to schedule.</source>
            <translation>Отметьте группы, для которых составить расписание.</translation>
        </message>
        <message>
            <source>Building the timetable…</source>
            <translation>Составляется расписание…</translation>
        </message>
        <message>
            <source>Stopping… the best timetable so far is kept</source>
            <translation>Остановка… лучшее найденное расписание сохраняется</translation>
        </message>
        <message>
            <source>%1 s: %2 sessions still to place</source>
            <translation>%1 с: осталось поставить занятий: %2</translation>
        </message>
        <message>
            <source>%1 s: all placed, best soft cost %2</source>
            <translation>%1 с: все поставлены, лучшая мягкая стоимость %2</translation>
        </message>
        <message>
            <source>Stopped after %1 s</source>
            <translation>Остановлено через %1 с</translation>
        </message>
        <message>
            <source>Done in %1 s</source>
            <translation>Готово за %1 с</translation>
        </message>
        <message>
            <source>%1 of %2 sessions placed for %3 groups; hard conflicts: %4; soft cost %5 (spread over days %6, compact days %7, stable rooms %8).</source>
            <translation>Поставлено %1 из %2 занятий для групп: %3; жёстких конфликтов: %4; мягкая стоимость %5 (распределение по дням %6, компактность дней %7, постоянство аудиторий %8).</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %n proposed session(s)</source>
            <translation>
                <numerusform>Неделя с %1: %n предлагаемое занятие</numerusform>
                <numerusform>Неделя с %1: %n предлагаемых занятия</numerusform>
                <numerusform>Неделя с %1: %n предлагаемых занятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) written</source>
            <translation>
                <numerusform>Записано %n занятие</numerusform>
                <numerusform>Записано %n занятия</numerusform>
                <numerusform>Записано %n занятий</numerusform>
            </translation>
        </message>
        <message>
            <source>Needs equipment</source>
            <translation>Нужно оборудование</translation>
        </message>
        <message>
            <source>The equipment the group's sessions need: only rooms that have all of it are used. F2 or Enter opens the list, Space ticks.</source>
            <translation>Оборудование, нужное на занятиях группы: подбираются только аудитории, где оно всё есть. F2 или Enter открывает список, пробел ставит отметку.</translation>
        </message>
        <message>
            <source>F2 or Enter: choose the equipment this group's sessions need</source>
            <translation>F2 или Enter: выбрать оборудование, нужное на занятиях этой группы</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::BackupWidget</name>
        <message>
            <source>A backup is a consistent copy of the whole profile, made while you keep working. Restoring replaces the profile's data with the backup's; the current data are kept first in a safety copy next to the profile file.</source>
            <translation>Резервная копия — согласованная копия всего профиля; её можно делать, не прерывая работу. Восстановление заменяет данные профиля данными копии; текущие данные перед этим сохраняются в страховочную копию рядом с файлом профиля.</translation>
        </message>
        <message>
            <source>Backup…</source>
            <translation>Резервная копия…</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Восстановить…</translation>
        </message>
        <message>
            <source>Back up the profile</source>
            <translation>Резервная копия профиля</translation>
        </message>
        <message>
            <source>Metodist backups (*.metodist-backup);;All files (*)</source>
            <translation>Резервные копии Методиста (*.metodist-backup);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Restore the profile from a backup</source>
            <translation>Восстановление профиля из резервной копии</translation>
        </message>
        <message>
            <source>Metodist backups (*.metodist-backup *.bak *.sqlite *.db);;All files (*)</source>
            <translation>Резервные копии Методиста (*.metodist-backup *.bak *.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Restore the profile</source>
            <translation>Восстановление профиля</translation>
        </message>
        <message>
            <source>Replace all data of this profile with the backup %1?
The current data will be kept in a safety copy.</source>
            <translation>Заменить все данные этого профиля данными копии %1?
Текущие данные будут сохранены в страховочную копию.</translation>
        </message>
        <message>
            <source>Backing up to %1…</source>
            <translation>Резервное копирование в %1…</translation>
        </message>
        <message>
            <source>Backup written: %1 (%2 people, %3 MB).</source>
            <translation>Резервная копия записана: %1 (педагогов: %2, %3 МБ).</translation>
        </message>
        <message>
            <source>Restoring from %1…</source>
            <translation>Восстановление из %1…</translation>
        </message>
        <message>
            <source>The profile was restored from %1 (%2 people). The previous data are kept in %3.</source>
            <translation>Профиль восстановлен из %1 (педагогов: %2). Прежние данные сохранены в %3.</translation>
        </message>
        <message>
            <source>Not restored: %1 The profile was not changed.</source>
            <translation>Не восстановлено: %1 Профиль не изменён.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::CataloguePage</name>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <source>ФР ДПП</source>
            <translation>ФР ДПП</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Сетевая форма</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Экспертиза</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Программы</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>На рассмотрение</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Одобрить</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Отклонить…</translation>
        </message>
        <message>
            <source>Reject application</source>
            <translation>Отклонить заявку</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Заявки</translation>
        </message>
        <message>
            <source>Experts and verdicts of the programme selected in Programmes</source>
            <translation>Эксперты и заключения по программе, выбранной на вкладке «Программы»</translation>
        </message>
        <message>
            <source>Export to XLSX…</source>
            <translation>Выгрузить в XLSX…</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Фильтр…</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Подана</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Куда</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Заявка</translation>
        </message>
        <message>
            <source>Application moved to %1</source>
            <translation>Заявка переведена в статус «%1»</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Заключение</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Дата решения</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Выгрузка</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s)</source>
            <translation>
                <numerusform>Выгружена %n строка</numerusform>
                <numerusform>Выгружено %n строки</numerusform>
                <numerusform>Выгружено %n строк</numerusform>
            </translation>
        </message>
        <message>
            <source>full-time</source>
            <translation>очная</translation>
        </message>
        <message>
            <source>blended</source>
            <translation>очно-заочная</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>заочная (ДОТ)</translation>
        </message>
        <message>
            <source>not held</source>
            <translation>не проводилась</translation>
        </message>
        <message>
            <source>in review</source>
            <translation>на экспертизе</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>одобрена</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонена</translation>
        </message>
        <message>
            <source>seminar</source>
            <translation>семинар</translation>
        </message>
        <message>
            <source>master class</source>
            <translation>мастер-класс</translation>
        </message>
        <message>
            <source>internship</source>
            <translation>стажировка</translation>
        </message>
        <message>
            <source>conference</source>
            <translation>конференция</translation>
        </message>
        <message>
            <source>competition</source>
            <translation>конкурс</translation>
        </message>
        <message>
            <source>community</source>
            <translation>сообщество</translation>
        </message>
        <message>
            <source>mentoring</source>
            <translation>наставничество</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>video</source>
            <translation>видео</translation>
        </message>
        <message>
            <source>online course</source>
            <translation>онлайн-курс</translation>
        </message>
        <message>
            <source>test</source>
            <translation>тест</translation>
        </message>
        <message>
            <source>link</source>
            <translation>ссылка</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::CommunityPanel</name>
        <message>
            <source>Community or active</source>
            <translation>Сообщество или актив</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Участников</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Вступил</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Переименовать…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>У&amp;далить</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>&amp;Добавить участника…</translation>
        </message>
        <message>
            <source>Remove m&amp;ember</source>
            <translation>Исключить у&amp;частника</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Новое…</translation>
        </message>
        <message>
            <source>Change a member's role in the Role column; double-click a name to open the card</source>
            <translation>Роль участника меняется в столбце «Роль»; двойной щелчок по ФИО открывает карточку</translation>
        </message>
        <message>
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>Choose a community</source>
            <translation>Выберите сообщество</translation>
        </message>
        <message>
            <source>Role changed.</source>
            <translation>Роль изменена.</translation>
        </message>
        <message>
            <source>New community</source>
            <translation>Новое сообщество</translation>
        </message>
        <message>
            <source>Region-wide</source>
            <translation>Весь регион</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Муниципалитет</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименование</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удаление</translation>
        </message>
        <message>
            <source>Remove «%1» with all its memberships?</source>
            <translation>Удалить «%1» вместе со всеми участниками?</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Добавление участника</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Педагог</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Роль</translation>
        </message>
        <message>
            <source>&amp;Joined</source>
            <translation>Дата &amp;вступления</translation>
        </message>
        <message>
            <source>Remove %1 from «%2»?</source>
            <translation>Исключить %1 из «%2»?</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ConflictsWidget</name>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>Conflicts to review</source>
            <translation>Конфликты для разбора</translation>
        </message>
        <message>
            <source>Field (ticked = use mine)</source>
            <translation>Поле (отмечено = оставить моё)</translation>
        </message>
        <message>
            <source>Mine (this computer)</source>
            <translation>Моё (этот компьютер)</translation>
        </message>
        <message>
            <source>Theirs (server)</source>
            <translation>С сервера</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Оставить &amp;моё</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Принять с &amp;сервера</translation>
        </message>
        <message>
            <source>Merge: ticked fields mine, the rest theirs</source>
            <translation>Объединить: отмеченные поля — мои, остальные — с сервера</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Конфликт</translation>
        </message>
        <message>
            <source>refused by the server</source>
            <translation>отклонено сервером</translation>
        </message>
        <message>
            <source>breaks a local rule</source>
            <translation>нарушает локальное правило</translation>
        </message>
        <message>
            <source>edited on both sides</source>
            <translation>изменено с обеих сторон</translation>
        </message>
        <message>
            <source>No conflicts to review.</source>
            <translation>Нет конфликтов для разбора.</translation>
        </message>
        <message>
            <source>The server refused this change (%1): %2
Your local values are kept on this computer; take theirs to mark it reviewed.</source>
            <translation>Сервер отклонил это изменение (%1): %2
Ваши локальные значения сохранены на этом компьютере; примите версию с сервера, чтобы отметить конфликт как разобранный.</translation>
        </message>
        <message>
            <source>The server's version breaks a rule of this profile and was not written: %1</source>
            <translation>Версия с сервера нарушает правило этого профиля и не была записана: %1</translation>
        </message>
        <message>
            <source>%1 was changed here and on the server. Tick the fields where your version should win.</source>
            <translation>Запись %1 изменена здесь и на сервере. Отметьте поля, в которых должна остаться ваша версия.</translation>
        </message>
        <message>
            <source>The field %1 is the same on both sides; there is nothing to choose.</source>
            <translation>Поле %1 совпадает на обеих сторонах; выбирать нечего.</translation>
        </message>
        <message>
            <source>The conflict has no field %1.</source>
            <translation>В конфликте нет поля %1.</translation>
        </message>
        <message>
            <source>Mark &amp;reviewed</source>
            <translation>&amp;Отметить как разобранный</translation>
        </message>
        <message>
            <source>Choose a conflict first.</source>
            <translation>Сначала выберите конфликт.</translation>
        </message>
        <message>
            <source>A sync is running; resolve the conflict when it has finished.</source>
            <translation>Идёт синхронизация; разрешите конфликт после её завершения.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::DashboardView</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Value, %</source>
            <translation>Значение, %</translation>
        </message>
        <message>
            <source>Numerator / denominator</source>
            <translation>Числитель / знаменатель</translation>
        </message>
        <message>
            <source>Target, %</source>
            <translation>Цель, %</translation>
        </message>
        <message>
            <source>Change, p.p.</source>
            <translation>Изменение, п.п.</translation>
        </message>
        <message>
            <source>Enter or double-click: who is counted and who is not</source>
            <translation>Enter или двойной щелчок: кто учтён и кто нет</translation>
        </message>
        <message>
            <source>Click a bar, or choose it with the arrows and press Enter, to see who is counted</source>
            <translation>Щёлкните столбец (или выберите стрелками и нажмите Enter), чтобы увидеть, кто учтён</translation>
        </message>
        <message>
            <source>Click a point to see who was counted that year</source>
            <translation>Щёлкните точку, чтобы увидеть, кто учтён в том году</translation>
        </message>
        <message>
            <source>Click a bar to see who is counted there</source>
            <translation>Щёлкните столбец, чтобы увидеть, кто там учтён</translation>
        </message>
        <message>
            <source>Click a segment to see the people in it</source>
            <translation>Щёлкните отрезок, чтобы увидеть этих людей</translation>
        </message>
        <message>
            <source>Values against targets, %1</source>
            <translation>Значения и цели, %1</translation>
        </message>
        <message>
            <source>Organisations: %1</source>
            <translation>Организации: %1</translation>
        </message>
        <message>
            <source>Municipalities: %1</source>
            <translation>Муниципалитеты: %1</translation>
        </message>
        <message>
            <source>Nothing to compare: no unit has anyone to count</source>
            <translation>Сравнивать нечего: ни в одной единице нет тех, кого считать</translation>
        </message>
        <message>
            <source>The best %1 and the worst %1 of %2</source>
            <translation>Лучшие %1 и худшие %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::DeficitProfileWidget</name>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>частичный</translation>
        </message>
        <message>
            <source>pronounced</source>
            <translation>выраженный</translation>
        </message>
        <message>
            <source>No diagnostics yet.</source>
            <translation>Диагностик пока нет.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Инструмент</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Pronounced</source>
            <translation>Выраженные</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Частичные</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>До:</translation>
        </message>
        <message>
            <source>After:</source>
            <translation>После:</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Before / after</source>
            <translation>До / после</translation>
        </message>
        <message>
            <source>Deficit profile (latest result per competence)</source>
            <translation>Профиль дефицитов (последний результат по каждой компетенции)</translation>
        </message>
        <message>
            <source>No deficit</source>
            <translation>Нет дефицита</translation>
        </message>
        <message>
            <source>Partial deficit</source>
            <translation>Частичный дефицит</translation>
        </message>
        <message>
            <source>Pronounced deficit</source>
            <translation>Выраженный дефицит</translation>
        </message>
        <message>
            <source>import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <source>questionnaire</source>
            <translation>анкета</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>вручную</translation>
        </message>
        <message>
            <source>better</source>
            <translation>лучше</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>хуже</translation>
        </message>
        <message>
            <source>same</source>
            <translation>без изменений</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::DiagnosticsPage</name>
        <message>
            <source>Import results…</source>
            <translation>Импорт результатов…</translation>
        </message>
        <message>
            <source>Enter results…</source>
            <translation>Ввести результаты…</translation>
        </message>
        <message>
            <source>Questionnaire…</source>
            <translation>Анкета…</translation>
        </message>
        <message>
            <source>Heat map</source>
            <translation>Тепловая карта</translation>
        </message>
        <message>
            <source>Deficit profile</source>
            <translation>Профиль дефицитов</translation>
        </message>
        <message>
            <source>Instruments and competences</source>
            <translation>Инструменты и компетенции</translation>
        </message>
        <message>
            <source>The default competence framework was added to this profile.</source>
            <translation>В этот профиль добавлена типовая модель компетенций.</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Диагностика</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::EndPairDialog</name>
        <message>
            <source>Cancelled (the pair did not work out)</source>
            <translation>Прекращена (пара не сложилась)</translation>
        </message>
        <message>
            <source>End the mentoring pair</source>
            <translation>Завершение наставнической пары</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>Дата &amp;окончания</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::EquipmentNeedsDelegate</name>
        <message>
            <source>Space ticks the equipment the group's sessions need; Enter keeps, Esc cancels</source>
            <translation>Пробел отмечает оборудование, нужное на занятиях группы; Enter — сохранить, Esc — отменить</translation>
        </message>
        <message>
            <source>%1 (no room has it)</source>
            <translation>%1 (нет ни в одной аудитории)</translation>
        </message>
        <message>
            <source>No room lists any equipment</source>
            <translation>Ни в одной аудитории не указано оборудование</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::FigureDialog</name>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Учтён</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Everyone (%1)</source>
            <translation>Все (%1)</translation>
        </message>
        <message>
            <source>Counted (%1)</source>
            <translation>Учтённые (%1)</translation>
        </message>
        <message>
            <source>Not counted (%1)</source>
            <translation>Не учтённые (%1)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <source>Save as &amp;XLSX...</source>
            <translation>Сохранить в &amp;XLSX...</translation>
        </message>
        <message>
            <source>Save as XLSX</source>
            <translation>Сохранить в XLSX</translation>
        </message>
        <message>
            <source>figure.xlsx</source>
            <translation>показатель.xlsx</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Shown %1 of %2</source>
            <translation>Показано %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::GroupsPage</name>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>XLSX…</source>
            <translation>XLSX…</translation>
        </message>
        <message>
            <source>iCalendar…</source>
            <translation>iCalendar…</translation>
        </message>
        <message>
            <source>Export the timetable on screen</source>
            <translation>Экспортировать расписание, показанное на экране</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Слушатели</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Аудитория</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Преподаватели</translation>
        </message>
        <message>
            <source>Group timetable</source>
            <translation>Расписание группы</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Преподаватель</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Слушатель</translation>
        </message>
        <message>
            <source>◀ Week</source>
            <translation>◀ Неделя</translation>
        </message>
        <message>
            <source>Week ▶</source>
            <translation>Неделя ▶</translation>
        </message>
        <message>
            <source>Drag a session to move it; double-click to edit its time and room.</source>
            <translation>Перетащите занятие, чтобы перенести его; дважды щёлкните, чтобы изменить время и аудиторию.</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>What collides</source>
            <translation>С чем пересекается</translation>
        </message>
        <message>
            <source>Check the period</source>
            <translation>Проверить период</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <source>Workshop load</source>
            <translation>Загрузка мастерских</translation>
        </message>
        <message>
            <source>Common timetable</source>
            <translation>Общее расписание</translation>
        </message>
        <message>
            <source>No conflicts here.</source>
            <translation>Конфликтов нет.</translation>
        </message>
        <message>
            <source>Conflicts here: %1</source>
            <translation>Конфликты: %1</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Groups and schedule</source>
            <translation>Группы и расписание</translation>
        </message>
        <message>
            <source>Export the timetable</source>
            <translation>Экспорт расписания</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>Все программы</translation>
        </message>
        <message numerus="yes">
            <source>Week of %1: %n session(s)</source>
            <translation>
                <numerusform>Неделя с %1: %n занятие</numerusform>
                <numerusform>Неделя с %1: %n занятия</numerusform>
                <numerusform>Неделя с %1: %n занятий</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Конфликты (%1)</translation>
        </message>
        <message>
            <source>%1 h of %2 h booked
%3</source>
            <translation>Занято %1 ч из %2 ч
%3</translation>
        </message>
        <message>
            <source>Workshops: %1 h booked of %2 h available (%3 %)</source>
            <translation>Мастерские: занято %1 ч из %2 ч доступных (%3 %)</translation>
        </message>
        <message>
            <source>Move the session</source>
            <translation>Перенос занятия</translation>
        </message>
        <message>
            <source>The move makes these conflicts:
%1

Move anyway?</source>
            <translation>Перенос создаёт следующие конфликты:
%1

Всё равно перенести?</translation>
        </message>
        <message>
            <source>(no room)</source>
            <translation>(без аудитории)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Минуты</translation>
        </message>
        <message>
            <source>No conflicts</source>
            <translation>Нет конфликтов</translation>
        </message>
        <message>
            <source>Common timetable %1–%2</source>
            <translation>Общее расписание %1–%2</translation>
        </message>
        <message>
            <source>Timetable of group %1</source>
            <translation>Расписание группы %1</translation>
        </message>
        <message>
            <source>Timetable: %1</source>
            <translation>Расписание: %1</translation>
        </message>
        <message>
            <source>There is no timetable on screen to export: choose a group or a week with sessions</source>
            <translation>На экране нет расписания для экспорта: выберите группу или неделю с занятиями</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удалось записать %1: %2</translation>
        </message>
        <message>
            <source>Auto-schedule…</source>
            <translation>Автоматическое расписание…</translation>
        </message>
        <message>
            <source>Place the sessions the groups of the period still lack, without conflicts</source>
            <translation>Поставить недостающие занятия групп периода без конфликтов</translation>
        </message>
        <message>
            <source>Load chart</source>
            <translation>График загрузки</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::HeatMapModel</name>
        <message>
            <source>%1
%2 %3
%4 of %5 measured with a %6 deficit (%7%)</source>
            <translation>%1
%2 %3
Выявлен %6 дефицит: %4 из %5 прошедших диагностику (%7%)</translation>
        </message>
        <message>
            <source>pronounced</source>
            <translation>выраженный</translation>
        </message>
        <message>
            <source>partial or pronounced</source>
            <translation>частичный или выраженный</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::HeatMapWidget</name>
        <message>
            <source>By organisation</source>
            <translation>По организациям</translation>
        </message>
        <message>
            <source>By municipality</source>
            <translation>По муниципалитетам</translation>
        </message>
        <message>
            <source>Any deficit</source>
            <translation>Любой дефицит</translation>
        </message>
        <message>
            <source>Pronounced deficit</source>
            <translation>Выраженный дефицит</translation>
        </message>
        <message>
            <source>Instrument:</source>
            <translation>Инструмент:</translation>
        </message>
        <message>
            <source>Municipality:</source>
            <translation>Муниципалитет:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Export to XLSX or PDF (Ctrl+E)</source>
            <translation>Экспорт в XLSX или PDF (Ctrl+E)</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Предпросмотр печати…</translation>
        </message>
        <message>
            <source>Share of the people measured in a competence (their latest diagnostic) who have a deficit. Double-click a cell to see the people.</source>
            <translation>Доля педагогов, прошедших диагностику по компетенции (учитывается последняя), у которых выявлен дефицит. Дважды щёлкните ячейку, чтобы увидеть список.</translation>
        </message>
        <message>
            <source>Export heat map</source>
            <translation>Экспорт тепловой карты</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Whole region</source>
            <translation>Весь регион</translation>
        </message>
        <message>
            <source>Heat map</source>
            <translation>Тепловая карта</translation>
        </message>
        <message>
            <source>Professional deficits: %1, %2 (%3, %4)</source>
            <translation>Профессиональные дефициты: %1, %2 (%3, %4)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Инструмент</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>частичный</translation>
        </message>
        <message>
            <source>pronounced</source>
            <translation>выраженный</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s); double-click to open the card.</source>
            <translation>
                <numerusform>%n человек; дважды щёлкните, чтобы открыть карточку.</numerusform>
                <numerusform>%n человека; дважды щёлкните, чтобы открыть карточку.</numerusform>
                <numerusform>%n человек; дважды щёлкните, чтобы открыть карточку.</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;PDF document (*.pdf)</source>
            <translation>Книга Excel (*.xlsx);;Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ImportWizard</name>
        <message>
            <source>СНИЛС</source>
            <translation>СНИЛС</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Full name (one column)</source>
            <translation>ФИО (одним столбцом)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Instrument column</source>
            <translation>Столбец с инструментом</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Competence (long layout)</source>
            <translation>Компетенция (длинный формат)</translation>
        </message>
        <message>
            <source>Score (long layout)</source>
            <translation>Балл (длинный формат)</translation>
        </message>
        <message>
            <source>Maximum (long layout)</source>
            <translation>Максимум (длинный формат)</translation>
        </message>
        <message>
            <source>Import diagnostic results</source>
            <translation>Импорт результатов диагностики</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>A CSV (UTF-8 or Windows-1251, ';' or ',') or XLSX file exported by a diagnostics platform.</source>
            <translation>Файл CSV (UTF-8 или Windows-1251, разделитель ';' или ',') или XLSX, выгруженный с диагностической платформы.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Where the file comes from; the column mapping is remembered under this name.</source>
            <translation>Откуда получен файл; сопоставление столбцов запоминается под этим названием.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <source>Diagnostic results</source>
            <translation>Результаты диагностики</translation>
        </message>
        <message>
            <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Таблицы (*.csv *.txt *.xlsx);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Tell which column holds what. People are matched by СНИЛС, otherwise by full name and organisation.</source>
            <translation>Укажите, что содержится в каждом столбце. Люди сопоставляются с реестром по СНИЛС, а при его отсутствии — по ФИО и организации.</translation>
        </message>
        <message>
            <source>Wide: one column per competence code</source>
            <translation>Широкий: по столбцу на каждый код компетенции</translation>
        </message>
        <message>
            <source>Long: competence, score and maximum columns</source>
            <translation>Длинный: столбцы компетенции, балла и максимума</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>Instrument (when no column):</source>
            <translation>Инструмент (если нет столбца):</translation>
        </message>
        <message>
            <source>Maximum score (when no column):</source>
            <translation>Максимальный балл (если нет столбца):</translation>
        </message>
        <message>
            <source>Checked columns are neither people nor scores and are skipped.</source>
            <translation>Отмеченные столбцы не содержат ни данных о людях, ни баллов и пропускаются.</translation>
        </message>
        <message>
            <source>Columns to skip (wide layout):</source>
            <translation>Пропускаемые столбцы (широкий формат):</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Every problem of the file is listed. Nothing is written until the file has none.</source>
            <translation>Здесь перечислены все ошибки в файле. Ничего не записывается, пока ошибки не устранены.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Double-click a row whose person was not found or is ambiguous to choose the person.</source>
            <translation>Дважды щёлкните строку, где человек не найден или найден неоднозначно, чтобы выбрать его вручную.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>(from the column)</source>
            <translation>(из столбца)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <source>%1 (%2): %3 rows, %4 diagnostics, %5 scores. No problems: press Import.</source>
            <translation>%1 (%2): строк — %3, диагностик — %4, баллов — %5. Ошибок нет: нажмите «Импортировать».</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n problem(s). Fix the file or the register and check again; nothing will be written.</source>
            <translation>
                <numerusform>%1 (%2): %n ошибка. Исправьте файл или реестр и проверьте снова; ничего не будет записано.</numerusform>
                <numerusform>%1 (%2): %n ошибки. Исправьте файл или реестр и проверьте снова; ничего не будет записано.</numerusform>
                <numerusform>%1 (%2): %n ошибок. Исправьте файл или реестр и проверьте снова; ничего не будет записано.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: choose the person</source>
            <translation>Строка %1: выберите человека</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Импорт %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Ничего не импортировано: %1</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Импорт отменён; ничего не записано.</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 updated, %4 unchanged diagnostics.</source>
            <translation>Импортирован %1: новых диагностик — %2, обновлено — %3, без изменений — %4.</translation>
        </message>
        <message>
            <source>Choose an existing file.</source>
            <translation>Выберите существующий файл.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::JournalModel</name>
        <message>
            <source>Final attestation</source>
            <translation>Итоговая аттестация</translation>
        </message>
        <message>
            <source>present</source>
            <translation>присутствовал</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>отсутствовал</translation>
        </message>
        <message>
            <source>excused absence</source>
            <translation>уважительная причина</translation>
        </message>
        <message>
            <source>late</source>
            <translation>опоздал</translation>
        </message>
        <message>
            <source>Final work</source>
            <translation>Итоговая работа</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистка</translation>
        </message>
        <message>
            <source>Fill column</source>
            <translation>Заполнение столбца</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::JournalPage</name>
        <message>
            <source>Group:</source>
            <translation>Группа:</translation>
        </message>
        <message>
            <source>Only my groups</source>
            <translation>Только мои группы</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Fill column (Ctrl+D)</source>
            <translation>Заполнить столбец (Ctrl+D)</translation>
        </message>
        <message>
            <source>Completion…</source>
            <translation>Завершение обучения…</translation>
        </message>
        <message>
            <source>Documents register…</source>
            <translation>Реестр документов…</translation>
        </message>
        <message>
            <source>Print journal…</source>
            <translation>Печать журнала…</translation>
        </message>
        <message>
            <source>Attendance sheet…</source>
            <translation>Ведомость посещаемости…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>XLSX…</source>
            <translation>XLSX…</translation>
        </message>
        <message>
            <source>Keys: п/p present, н/a absent, у/e excused, о/l late, digits a grade (pass/fail: 1 / 0), Delete clears, Ctrl+D fills the column, Ctrl+Z undoes. The last two columns are the final attestation.</source>
            <translation>Клавиши: п/p — присутствовал, н/a — отсутствовал, у/e — уважительная причина, о/l — опоздал, цифры — оценка (зачёт/незачёт: 1 / 0), Delete — очистить, Ctrl+D — заполнить столбец, Ctrl+Z — отменить. Последние два столбца — итоговая аттестация.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Ведомость посещаемости</translation>
        </message>
        <message>
            <source>journal.pdf</source>
            <translation>журнал.pdf</translation>
        </message>
        <message>
            <source>No groups.</source>
            <translation>Нет групп.</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s). Choose one.</source>
            <translation>
                <numerusform>%n группа. Выберите одну из них.</numerusform>
                <numerusform>%n группы. Выберите одну из них.</numerusform>
                <numerusform>%n групп. Выберите одну из них.</numerusform>
            </translation>
        </message>
        <message>
            <source>pass / fail</source>
            <translation>зачёт / незачёт</translation>
        </message>
        <message>
            <source>2–5</source>
            <translation>2–5</translation>
        </message>
        <message>
            <source>points (pass from %1)</source>
            <translation>баллы (зачёт от %1)</translation>
        </message>
        <message>
            <source>%1. Grading: %2; completion needs %3% attendance and a passing final result. %4 learners, %5 sessions.</source>
            <translation>%1. Оценивание: %2; для завершения обучения нужны посещаемость не менее %3% и положительный итоговый результат. Слушателей: %4, занятий: %5.</translation>
        </message>
        <message>
            <source>&lt;/table&gt;&lt;p&gt;н — absent, у — excused, о — late, + — present.&lt;/p&gt;</source>
            <translation>&lt;/table&gt;&lt;p&gt;н — отсутствовал, у — уважительная причина, о — опоздал, + — присутствовал.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;br&gt;Instructor ____________________ &amp;nbsp;&amp;nbsp; Head of the programme ____________________&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;br&gt;Преподаватель ____________________ &amp;nbsp;&amp;nbsp; Руководитель программы ____________________&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Choose a group first.</source>
            <translation>Сначала выберите группу.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить как PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Journal as XLSX</source>
            <translation>Журнал в XLSX</translation>
        </message>
        <message>
            <source>journal.xlsx</source>
            <translation>журнал.xlsx</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>Completion of group %1</source>
            <translation>Завершение обучения группы %1</translation>
        </message>
        <message>
            <source>By the programme's rules: %1 completed, %2 not completed, %3 expelled. Completing issues the documents and closes the completed learners' route items.</source>
            <translation>По правилам программы: завершили обучение — %1, не завершили — %2, отчислены — %3. При завершении выдаются документы, а у завершивших обучение закрываются пункты маршрута.</translation>
        </message>
        <message>
            <source>Complete and issue documents</source>
            <translation>Завершить и выдать документы</translation>
        </message>
        <message>
            <source>Group completed: %1 document(s) issued, %2 route item(s) done.</source>
            <translation>Группа завершена: выдано документов — %1, выполнено пунктов маршрута — %2.</translation>
        </message>
        <message>
            <source>Register of issued documents</source>
            <translation>Реестр выданных документов</translation>
        </message>
        <message>
            <source>Issued from</source>
            <translation>Выданы с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>ФИС ФРДО sheet…</source>
            <translation>Выгрузка для ФИС ФРДО…</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Реестр</translation>
        </message>
        <message>
            <source>register.pdf</source>
            <translation>реестр.pdf</translation>
        </message>
        <message>
            <source>ФИС ФРДО</source>
            <translation>ФИС ФРДО</translation>
        </message>
        <message>
            <source>%1 problem(s) must be fixed before export:
%2</source>
            <translation>Перед выгрузкой нужно исправить ошибки (%1):
%2</translation>
        </message>
        <message>
            <source>ФИС ФРДО sheet</source>
            <translation>Выгрузка для ФИС ФРДО</translation>
        </message>
        <message>
            <source>frdo.xlsx</source>
            <translation>фрдо.xlsx</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::MainWindow</name>
        <message>
            <source>Metodist — %1</source>
            <translation>Metodist — %1</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <source>Not connected to a server</source>
            <translation>Нет подключения к серверу</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Profiles…</source>
            <translation>&amp;Профили…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Metodist</source>
            <translation>&amp;О программе Metodist</translation>
        </message>
        <message>
            <source>About Metodist</source>
            <translation>О программе Metodist</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Metodist %1&lt;/h3&gt;&lt;p&gt;Continuous professional development of teachers: register, diagnostics of deficits, individual routes, groups and schedule, journals, monitoring.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Metodist %1&lt;/h3&gt;&lt;p&gt;Непрерывное повышение профессионального мастерства педагогических работников: реестр, диагностика профессиональных дефицитов, индивидуальные образовательные маршруты, группы и расписание, журналы, мониторинг.&lt;/p&gt;&lt;p&gt;Профиль: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Deficit &amp;profile</source>
            <translation>&amp;Профиль дефицитов</translation>
        </message>
        <message>
            <source>Municipalities: %1 · organisations: %2 · staff: %3</source>
            <translation>Муниципалитетов: %1 · организаций: %2 · работников: %3</translation>
        </message>
        <message numerus="yes">
            <source>Not connected · %n changes to send</source>
            <translation>
                <numerusform>Нет подключения · %n изменение к отправке</numerusform>
                <numerusform>Нет подключения · %n изменения к отправке</numerusform>
                <numerusform>Нет подключения · %n изменений к отправке</numerusform>
            </translation>
        </message>
        <message>
            <source>P&amp;ortfolio</source>
            <translation>П&amp;ортфолио</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ManualEntryDialog</name>
        <message>
            <source>pronounced</source>
            <translation>выраженный</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>частичный</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Enter diagnostic results</source>
            <translation>Ввод результатов диагностики</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Максимум</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Педагог:</translation>
        </message>
        <message>
            <source>Instrument:</source>
            <translation>Методика:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Leave the score empty for competences that were not measured.</source>
            <translation>Для компетенций, которые не оценивались, оставьте балл пустым.</translation>
        </message>
        <message>
            <source>check the numbers</source>
            <translation>проверьте числа</translation>
        </message>
        <message>
            <source>%1: not a number.</source>
            <translation>%1: не число.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::MentoringModel</name>
        <message>
            <source>Young teacher: under 35 and in the first three years of the profession</source>
            <translation>Молодой педагог: моложе 35 лет и первые три года в профессии</translation>
        </message>
        <message>
            <source>%1 (young teacher)</source>
            <translation>%1 (молодой педагог)</translation>
        </message>
        <message>
            <source>Young teacher</source>
            <translation>Молодой педагог</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>In the profession since</source>
            <translation>В профессии с</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Наставник</translation>
        </message>
        <message>
            <source>Mentor's organisation</source>
            <translation>Организация наставника</translation>
        </message>
        <message>
            <source>Mentee</source>
            <translation>Наставляемый</translation>
        </message>
        <message>
            <source>Mentee's organisation</source>
            <translation>Организация наставляемого</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::MentoringPanel</name>
        <message>
            <source>&amp;New pair…</source>
            <translation>&amp;Новая пара…</translation>
        </message>
        <message>
            <source>&amp;End pair…</source>
            <translation>&amp;Завершить пару…</translation>
        </message>
        <message>
            <source>&amp;Assign a mentor…</source>
            <translation>&amp;Назначить наставника…</translation>
        </message>
        <message>
            <source>Active pairs</source>
            <translation>Действующие пары</translation>
        </message>
        <message>
            <source>All pairs</source>
            <translation>Все пары</translation>
        </message>
        <message>
            <source>Young teachers without a mentor</source>
            <translation>Молодые педагоги без наставника</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>Все муниципалитеты</translation>
        </message>
        <message>
            <source>Narrows the list of young teachers without a mentor</source>
            <translation>Сужает список молодых педагогов без наставника</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <source>Double-click a row to open the person's card; young teachers are highlighted</source>
            <translation>Двойной щелчок открывает карточку человека; молодые педагоги выделены цветом</translation>
        </message>
        <message>
            <source>Active pairs: %1. Young teachers: %2, without a mentor: %3.</source>
            <translation>Действующих пар: %1. Молодых педагогов: %2, без наставника: %3.</translation>
        </message>
        <message>
            <source>The mentoring pair is saved.</source>
            <translation>Наставническая пара сохранена.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::MonitoringPage</name>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Computing...</source>
            <translation>Расчёт...</translation>
        </message>
        <message>
            <source>&amp;Years</source>
            <translation>&amp;Годы</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Уровень</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Муниципалитет</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Организация</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Recompute every chart (F5)</source>
            <translation>Пересчитать все диаграммы (F5)</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Панель</translation>
        </message>
        <message>
            <source>&amp;Targets</source>
            <translation>&amp;Цели</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Отчёты</translation>
        </message>
        <message>
            <source>Targets saved</source>
            <translation>Цели сохранены</translation>
        </message>
        <message>
            <source>The region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>pronounced deficit</source>
            <translation>выраженный дефицит</translation>
        </message>
        <message>
            <source>partial deficit</source>
            <translation>частичный дефицит</translation>
        </message>
        <message>
            <source>no deficit</source>
            <translation>нет дефицита</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1, %2; counted: the worst level in the area on the latest diagnostic</source>
            <translation>%1, %2; учтены по худшему уровню в области на последней диагностике</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::OrganisationDialog</name>
        <message>
            <source>New organisation</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Short name</source>
            <translation>&amp;Краткое название</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Муниципалитет</translation>
        </message>
        <message>
            <source>&amp;INN</source>
            <translation>&amp;ИНН</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адрес</translation>
        </message>
        <message>
            <source>&amp;Head</source>
            <translation>&amp;Руководитель</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Теле&amp;фон</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>The organisation was not saved</source>
            <translation>Организация не сохранена</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::OrganisationPanel</name>
        <message>
            <source>Search organisations</source>
            <translation>Поиск организаций</translation>
        </message>
        <message>
            <source>&amp;Add organisation</source>
            <translation>&amp;Добавить организацию</translation>
        </message>
        <message>
            <source>Add &amp;municipality</source>
            <translation>Добавить &amp;муниципалитет</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>INN</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>New municipality</source>
            <translation>Новый муниципалитет</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::PairDialog</name>
        <message>
            <source>Planned end</source>
            <translation>Плановое окончание</translation>
        </message>
        <message>
            <source>New mentoring pair</source>
            <translation>Новая наставническая пара</translation>
        </message>
        <message>
            <source>e.g. adaptation at the school, preparing an open lesson</source>
            <translation>например, адаптация в школе, подготовка открытого урока</translation>
        </message>
        <message>
            <source>&amp;Mentor</source>
            <translation>&amp;Наставник</translation>
        </message>
        <message>
            <source>M&amp;entee</source>
            <translation>Н&amp;аставляемый</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;С</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Цель</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::PersonCardDialog</name>
        <message>
            <source>not set</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>New member of staff</source>
            <translation>Новый сотрудник</translation>
        </message>
        <message>
            <source>Card: %1</source>
            <translation>Карточка: %1</translation>
        </message>
        <message>
            <source>male</source>
            <translation>мужской</translation>
        </message>
        <message>
            <source>female</source>
            <translation>женский</translation>
        </message>
        <message>
            <source>separated by semicolons</source>
            <translation>через точку с запятой</translation>
        </message>
        <message>
            <source>Member of the management team</source>
            <translation>Входит в управленческую команду</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Фамилия</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <source>&amp;Middle name</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <source>Se&amp;x</source>
            <translation>&amp;Пол</translation>
        </message>
        <message>
            <source>&amp;Born</source>
            <translation>&amp;Дата рождения</translation>
        </message>
        <message>
            <source>&amp;СНИЛС</source>
            <translation>&amp;СНИЛС</translation>
        </message>
        <message>
            <source>M&amp;unicipality</source>
            <translation>&amp;Муниципалитет</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>О&amp;рганизация</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>До&amp;лжность</translation>
        </message>
        <message>
            <source>Su&amp;bjects</source>
            <translation>Пр&amp;едметы</translation>
        </message>
        <message>
            <source>In the profession &amp;since</source>
            <translation>&amp;В профессии с</translation>
        </message>
        <message>
            <source>&amp;Hired</source>
            <translation>При&amp;нят на работу</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Категория</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Роли</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Карточка</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Young teacher: under 35 and in the first three years of the profession</source>
            <translation>Молодой педагог: до 35 лет и не более трёх лет в профессии</translation>
        </message>
        <message>
            <source>The card was not saved</source>
            <translation>Карточка не сохранена</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Сохранено: %1</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::PersonPicker</name>
        <message>
            <source>Last name, first name or СНИЛС…</source>
            <translation>Фамилия, имя или СНИЛС…</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::PortfolioWidget</name>
        <message>
            <source>&amp;Add item…</source>
            <translation>&amp;Добавить запись…</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Пред&amp;просмотр печати…</translation>
        </message>
        <message>
            <source>P&amp;DF…</source>
            <translation>P&amp;DF…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Product, competition or publication</source>
            <translation>Продукт, конкурс или публикация</translation>
        </message>
        <message>
            <source>Portfolio: %1</source>
            <translation>Портфолио: %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить в PDF</translation>
        </message>
        <message>
            <source>portfolio.pdf</source>
            <translation>портфолио.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>Portfolio item</source>
            <translation>Запись портфолио</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Дата</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Ссылка</translation>
        </message>
        <message>
            <source>Remove «%1» from the portfolio?</source>
            <translation>Удалить «%1» из портфолио?</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ProfileDialog</name>
        <message>
            <source>Making the demo region…</source>
            <translation>Создание демо-региона…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Demo region not made</source>
            <translation>Демо-регион не создан</translation>
        </message>
        <message>
            <source>Metodist — choose a profile</source>
            <translation>Metodist — выбор профиля</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Metodist&lt;/h2&gt;&lt;p&gt;A profile is one file with the data of your municipality or region. It works offline and can later be connected to the central server.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Добро пожаловать в Metodist&lt;/h2&gt;&lt;p&gt;Профиль — это один файл с данными вашего муниципалитета или региона. Он работает без подключения к сети, а позже его можно подключить к центральному серверу.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open the demo region</source>
            <translation>Открыть демо-регион</translation>
        </message>
        <message>
            <source>A whole region of made-up data to try every section (35,000 staff).</source>
            <translation>Целый регион с вымышленными данными, чтобы опробовать все разделы (35 000 педагогических работников).</translation>
        </message>
        <message>
            <source>Create an empty profile</source>
            <translation>Создать пустой профиль</translation>
        </message>
        <message>
            <source>Start your own register from scratch.</source>
            <translation>Начать собственный реестр с нуля.</translation>
        </message>
        <message>
            <source>Open a profile file…</source>
            <translation>Открыть файл профиля…</translation>
        </message>
        <message>
            <source>A .metodist file on this computer.</source>
            <translation>Файл .metodist на этом компьютере.</translation>
        </message>
        <message>
            <source>Connect to a server</source>
            <translation>Подключиться к серверу</translation>
        </message>
        <message>
            <source>Download your scope from the central server.</source>
            <translation>Загрузить данные вашей зоны ответственности с центрального сервера.</translation>
        </message>
        <message>
            <source>Available when the profile is connected in the Synchronisation section.</source>
            <translation>Доступно после подключения профиля в разделе «Синхронизация».</translation>
        </message>
        <message>
            <source>Recent profiles</source>
            <translation>Недавние профили</translation>
        </message>
        <message>
            <source>Recent profiles:</source>
            <translation>Недавние профили:</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Новый профиль</translation>
        </message>
        <message>
            <source>/my-municipality.metodist</source>
            <translation>/мой-муниципалитет.metodist</translation>
        </message>
        <message>
            <source>Metodist profile (*.metodist)</source>
            <translation>Профиль Metodist (*.metodist)</translation>
        </message>
        <message>
            <source>Profile not created</source>
            <translation>Профиль не создан</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Открыть профиль</translation>
        </message>
        <message>
            <source>Metodist profile (*.metodist);;All files (*)</source>
            <translation>Профиль Metodist (*.metodist);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ProgrammeCard</name>
        <message>
            <source>Programme: %1</source>
            <translation>Программа: %1</translation>
        </message>
        <message>
            <source>ПК (advanced training)</source>
            <translation>ПК (повышение квалификации)</translation>
        </message>
        <message>
            <source>ПП (professional retraining)</source>
            <translation>ПП (профессиональная переподготовка)</translation>
        </message>
        <message>
            <source>Full-time</source>
            <translation>Очная</translation>
        </message>
        <message>
            <source>Blended</source>
            <translation>Очно-заочная</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Заочная (с ДОТ)</translation>
        </message>
        <message>
            <source>In the federal register of programmes (ФР ДПП)</source>
            <translation>В федеральном реестре программ (ФР ДПП)</translation>
        </message>
        <message>
            <source>Network form</source>
            <translation>Сетевая форма</translation>
        </message>
        <message>
            <source>%1 (%2 h)</source>
            <translation>%1 (%2 ч)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>ФР ДПП number</source>
            <translation>Номер в ФР ДПП</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Экспертиза</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Модули</translation>
        </message>
        <message>
            <source>Competences</source>
            <translation>Компетенции</translation>
        </message>
        <message>
            <source>Title: must not be empty.</source>
            <translation>Название: не может быть пустым.</translation>
        </message>
        <message>
            <source>Hours: must be greater than zero.</source>
            <translation>Часы: должно быть больше нуля.</translation>
        </message>
        <message>
            <source>Hours: a professional retraining programme (ПП) has at least 250 hours.</source>
            <translation>Часы: в программе профессиональной переподготовки (ПП) не менее 250 часов.</translation>
        </message>
        <message>
            <source>Hours: an advanced training programme (ПК) has at least 16 hours.</source>
            <translation>Часы: в программе повышения квалификации (ПК) не менее 16 часов.</translation>
        </message>
        <message>
            <source>ФР ДПП number: required when the programme is in ФР ДПП.</source>
            <translation>Номер в ФР ДПП: обязателен, если программа включена в ФР ДПП.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::QuestionnaireDialog</name>
        <message>
            <source>Self-assessment questionnaire</source>
            <translation>Анкета самооценки</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Педагог:</translation>
        </message>
        <message>
            <source>Questionnaire:</source>
            <translation>Анкета:</translation>
        </message>
        <message>
            <source>No instrument has questionnaire items yet.</source>
            <translation>Ни в одной методике пока нет вопросов анкеты.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>частичный</translation>
        </message>
        <message>
            <source>pronounced</source>
            <translation>выраженный</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ReferenceBooksWidget</name>
        <message>
            <source>Reference book:</source>
            <translation>Справочник:</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>In use (rows)</source>
            <translation>Используется (строк)</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Код:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>Область:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Renaming a position or subject changes it in every person's card; renaming onto an existing value merges the two. Entries in use cannot be deleted. A competence's code cannot change once diagnostics use it. Kinds of programmes and events are fixed by the data schema.</source>
            <translation>Переименование должности или предмета меняет их во всех карточках педагогов; переименование в уже существующее значение объединяет их. Используемые записи удалить нельзя. Код компетенции нельзя менять, если по ней есть результаты диагностики. Виды программ и мероприятий заданы схемой данных.</translation>
        </message>
        <message>
            <source>Added: %1.</source>
            <translation>Добавлено: %1.</translation>
        </message>
        <message>
            <source>Choose an entry in the table first.</source>
            <translation>Сначала выберите запись в таблице.</translation>
        </message>
        <message>
            <source>Saved; rows rewritten: %1.</source>
            <translation>Сохранено; изменено строк: %1.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Удалено.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ReferenceEditor</name>
        <message>
            <source>Instrument</source>
            <translation>Методика</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Pronounced below</source>
            <translation>Выраженный ниже</translation>
        </message>
        <message>
            <source>Partial below</source>
            <translation>Частичный ниже</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Add instrument…</source>
            <translation>Добавить методику…</translation>
        </message>
        <message>
            <source>Instruments and their thresholds (share of the maximum, 0…1):</source>
            <translation>Методики и их пороги (доля от максимума, 0…1):</translation>
        </message>
        <message>
            <source>Competence framework:</source>
            <translation>Модель компетенций:</translation>
        </message>
        <message>
            <source>New instrument</source>
            <translation>Новая методика</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::RegistryPage</name>
        <message>
            <source>&amp;Staff</source>
            <translation>&amp;Сотрудники</translation>
        </message>
        <message>
            <source>O&amp;rganisations</source>
            <translation>О&amp;рганизации</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::ReportsPanel</name>
        <message>
            <source>Print pre&amp;view...</source>
            <translation>&amp;Предпросмотр...</translation>
        </message>
        <message>
            <source>Save as &amp;PDF...</source>
            <translation>Сохранить в P&amp;DF...</translation>
        </message>
        <message>
            <source>Save as &amp;XLSX...</source>
            <translation>Сохранить в &amp;XLSX...</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Отмена</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Отчёт</translation>
        </message>
        <message>
            <source>For</source>
            <translation>За</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Сохранить отчёт в PDF</translation>
        </message>
        <message>
            <source>Save the report as XLSX</source>
            <translation>Сохранить отчёт в XLSX</translation>
        </message>
        <message>
            <source>monitoring-report.pdf</source>
            <translation>отчёт-мониторинг.pdf</translation>
        </message>
        <message>
            <source>monitoring-report.xlsx</source>
            <translation>отчёт-мониторинг.xlsx</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Building: %1</source>
            <translation>Формируется: %1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Ready: %1</source>
            <translation>Готово: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::RoomLoadChart</name>
        <message>
            <source>Workshops</source>
            <translation>Мастерские</translation>
        </message>
        <message>
            <source>All rooms</source>
            <translation>Все аудитории</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Аудитории</translation>
        </message>
        <message>
            <source>%1
week of %2: %3 h
%4</source>
            <translation>%1
неделя с %2: %3 ч
%4</translation>
        </message>
        <message>
            <source>Other rooms</source>
            <translation>Прочие аудитории</translation>
        </message>
        <message>
            <source>Hours booked per week, %1 – %2</source>
            <translation>Занятые часы по неделям, %1 – %2</translation>
        </message>
        <message>
            <source>Week (Monday)</source>
            <translation>Неделя (понедельник)</translation>
        </message>
        <message>
            <source>Academic hours</source>
            <translation>Академические часы</translation>
        </message>
        <message>
            <source>%1 rooms, %2 h in %3 weeks</source>
            <translation>Аудиторий: %1, %2 ч за %3 нед.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::RoutesPage</name>
        <message>
            <source>Find a person: surname, name or СНИЛС</source>
            <translation>Поиск педагога: фамилия, имя или СНИЛС</translation>
        </message>
        <message>
            <source>Choose a person on the left.</source>
            <translation>Выберите педагога в списке слева.</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>Маршрут:</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Подбор</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>без ограничений</translation>
        </message>
        <message>
            <source> h</source>
            <translation> ч</translation>
        </message>
        <message>
            <source>full-time</source>
            <translation>очная</translation>
        </message>
        <message>
            <source>blended</source>
            <translation>смешанная</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>дистанционная</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>Подобрать</translation>
        </message>
        <message>
            <source>Cover the pronounced and partial deficits with the fewest hours</source>
            <translation>Закрыть выраженные и частичные дефициты минимальным числом часов</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>Сохранить как черновик</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Лимит часов:</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Согласовать</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Вернуть в черновик</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Завершить</translation>
        </message>
        <message>
            <source>Cancel route</source>
            <translation>Отменить маршрут</translation>
        </message>
        <message>
            <source>Cancel this route? It cannot be reopened.</source>
            <translation>Отменить этот маршрут? Вернуть его в работу будет нельзя.</translation>
        </message>
        <message>
            <source>Item done…</source>
            <translation>Мероприятие выполнено…</translation>
        </message>
        <message>
            <source>Cancel item</source>
            <translation>Отменить мероприятие</translation>
        </message>
        <message>
            <source>Item done</source>
            <translation>Мероприятие выполнено</translation>
        </message>
        <message>
            <source>Evidence (certificate, product, link):</source>
            <translation>Подтверждение (удостоверение, продукт, ссылка):</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Предпросмотр печати…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>XLSX of the organisation…</source>
            <translation>XLSX по организации…</translation>
        </message>
        <message>
            <source>Build for the organisation…</source>
            <translation>Построить для организации…</translation>
        </message>
        <message>
            <source>Route card as PDF</source>
            <translation>Карта маршрута в PDF</translation>
        </message>
        <message>
            <source>route.pdf</source>
            <translation>маршрут.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Deficit</source>
            <translation>Дефицит</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Competence</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Addressed by</source>
            <translation>Чем закрывается</translation>
        </message>
        <message>
            <source>Deficits of the latest diagnostic</source>
            <translation>Дефициты по последней диагностике</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Маршруты</translation>
        </message>
        <message>
            <source>No person %1 in the register.</source>
            <translation>В реестре не найден педагог %1.</translation>
        </message>
        <message>
            <source>no routes yet</source>
            <translation>маршрутов пока нет</translation>
        </message>
        <message>
            <source>Choose a person first.</source>
            <translation>Сначала выберите педагога.</translation>
        </message>
        <message>
            <source>Best: %1 h, %2 items</source>
            <translation>Лучший: %1 ч, мероприятий: %2</translation>
        </message>
        <message>
            <source>Alternative %1: %2 h, %3 items</source>
            <translation>Вариант %1: %2 ч, мероприятий: %3</translation>
        </message>
        <message>
            <source>Propose a route first.</source>
            <translation>Сначала подберите маршрут.</translation>
        </message>
        <message>
            <source>The proposal has no items: nothing in the catalogue addresses the deficits left.</source>
            <translation>В предложении нет мероприятий: в каталоге нет ничего, что закрывало бы оставшиеся дефициты.</translation>
        </message>
        <message>
            <source>The route was saved as a draft.</source>
            <translation>Маршрут сохранён как черновик.</translation>
        </message>
        <message>
            <source>Open or save a route first.</source>
            <translation>Сначала откройте или сохраните маршрут.</translation>
        </message>
        <message>
            <source>Choose an item of a saved route.</source>
            <translation>Выберите мероприятие сохранённого маршрута.</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>предложено</translation>
        </message>
        <message>
            <source>done earlier</source>
            <translation>закрыт ранее</translation>
        </message>
        <message>
            <source>not covered: beyond the hours budget</source>
            <translation>не закрыт: превышен лимит часов</translation>
        </message>
        <message>
            <source>not covered: nothing suitable in the catalogue</source>
            <translation>не закрыт: в каталоге нет подходящих мероприятий</translation>
        </message>
        <message>
            <source>This person has no diagnostic yet: there is nothing to build a route from.</source>
            <translation>У этого педагога ещё нет результатов диагностики: не на чем строить маршрут.</translation>
        </message>
        <message>
            <source>Proposal (not saved): %1 h, %2 items; deficits covered %3 of %4, not covered %5.</source>
            <translation>Предложение (не сохранено): %1 ч, мероприятий: %2; закрыто дефицитов: %3 из %4, не закрыто: %5.</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>не закрыт</translation>
        </message>
        <message>
            <source>Route %1 – %2, %3: %4 h, %5 items; not covered: %6 pronounced, %7 partial deficits.</source>
            <translation>Маршрут %1 – %2, %3: %4 ч, мероприятий: %5; не закрыто выраженных дефицитов: %6, частичных: %7.</translation>
        </message>
        <message>
            <source>Save the route first: the card is printed from a saved route.</source>
            <translation>Сначала сохраните маршрут: карта печатается только по сохранённому маршруту.</translation>
        </message>
        <message>
            <source>Route card written to %1</source>
            <translation>Карта маршрута сохранена в %1</translation>
        </message>
        <message>
            <source>Routes of the organisation as XLSX</source>
            <translation>Маршруты организации в XLSX</translation>
        </message>
        <message>
            <source>routes.xlsx</source>
            <translation>маршруты.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>%1 routes written to %2</source>
            <translation>Выгружено маршрутов: %1, файл %2</translation>
        </message>
        <message>
            <source>Build routes</source>
            <translation>Построить маршруты</translation>
        </message>
        <message>
            <source>Propose draft routes for everyone in this organisation who has deficits and no route in the period?</source>
            <translation>Подобрать черновики маршрутов для всех сотрудников этой организации, у которых есть дефициты и нет маршрута на этот период?</translation>
        </message>
        <message>
            <source>Building routes…</source>
            <translation>Построение маршрутов…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::SectionOverviewPage</name>
        <message>
            <source>Data</source>
            <translation>Данные</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записей</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::StaffListModel</name>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>In the profession since</source>
            <translation>В профессии с</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>СНИЛС</source>
            <translation>СНИЛС</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::StaffPanel</name>
        <message>
            <source>Search: last name, first name, СНИЛС… (Ctrl+F)</source>
            <translation>Поиск: фамилия, имя, СНИЛС… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search staff</source>
            <translation>Поиск сотрудников</translation>
        </message>
        <message>
            <source>&amp;Young teachers</source>
            <translation>&amp;Молодые педагоги</translation>
        </message>
        <message>
            <source>Under 35 and in the first three years of the profession</source>
            <translation>До 35 лет и не более трёх лет в профессии</translation>
        </message>
        <message>
            <source>Show &amp;deleted</source>
            <translation>Показать &amp;удалённые</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>&amp;Open card</source>
            <translation>&amp;Открыть карточку</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Staff list</source>
            <translation>Список сотрудников</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Все организации</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>Все муниципалитеты</translation>
        </message>
        <message>
            <source>All positions</source>
            <translation>Все должности</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n человек</numerusform>
                <numerusform>%n человека</numerusform>
                <numerusform>%n человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n people</source>
            <translation>
                <numerusform>Удалить %n человека</numerusform>
                <numerusform>Удалить %n человек</numerusform>
                <numerusform>Удалить %n человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n people. Undo: Ctrl+Z</source>
            <translation>
                <numerusform>Удалён %n человек. Отменить: Ctrl+Z</numerusform>
                <numerusform>Удалено %n человека. Отменить: Ctrl+Z</numerusform>
                <numerusform>Удалено %n человек. Отменить: Ctrl+Z</numerusform>
            </translation>
        </message>
        <message>
            <source>Export staff list</source>
            <translation>Экспорт списка сотрудников</translation>
        </message>
        <message>
            <source>staff.xlsx</source>
            <translation>сотрудники.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to %1</source>
            <translation>
                <numerusform>Выгружена %n строка в %1</numerusform>
                <numerusform>Выгружено %n строки в %1</numerusform>
                <numerusform>Выгружено %n строк в %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Не удалось выгрузить</translation>
        </message>
        <message>
            <source>All organisations (choose a municipality)</source>
            <translation>Все организации (выберите муниципалитет)</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::SupportPage</name>
        <message>
            <source>&amp;Mentoring and young teachers</source>
            <translation>&amp;Наставничество и молодые педагоги</translation>
        </message>
        <message>
            <source>Methodical &amp;active and communities</source>
            <translation>Методический &amp;актив и сообщества</translation>
        </message>
        <message>
            <source>Satisfaction &amp;surveys</source>
            <translation>&amp;Анкетирование удовлетворённости</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::SurveyDialog</name>
        <message>
            <source>Questionnaire: %1</source>
            <translation>Анкета: %1</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Группа</translation>
        </message>
        <message>
            <source>&amp;Respondent (optional)</source>
            <translation>&amp;Респондент (необязательно)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Дата</translation>
        </message>
        <message>
            <source>1 — very bad, 5 — excellent</source>
            <translation>1 — очень плохо, 5 — отлично</translation>
        </message>
        <message>
            <source>What to improve, what was most useful…</source>
            <translation>Что улучшить, что было самым полезным…</translation>
        </message>
        <message>
            <source>&amp;Comment</source>
            <translation>&amp;Комментарий</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::SurveyPanel</name>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <source>&amp;Enter a questionnaire…</source>
            <translation>&amp;Ввести анкету…</translation>
        </message>
        <message>
            <source>&amp;XLSX…</source>
            <translation>&amp;XLSX…</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Ответов</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Среднее</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>Все программы</translation>
        </message>
        <message>
            <source>Responses: %1, comments: %2.</source>
            <translation>Анкет: %1, комментариев: %2.</translation>
        </message>
        <message>
            <source>Distribution of marks, % of answers (mean in brackets)</source>
            <translation>Распределение оценок, % ответов (в скобках — среднее)</translation>
        </message>
        <message>
            <source>Mean satisfaction per programme: no answers about groups</source>
            <translation>Средняя удовлетворённость по программам: нет ответов по группам</translation>
        </message>
        <message>
            <source>Mean satisfaction per programme, answers in brackets (top %1 of %2)</source>
            <translation>Средняя удовлетворённость по программам, в скобках — число анкет (лучшие %1 из %2)</translation>
        </message>
        <message>
            <source>Export survey results</source>
            <translation>Экспорт результатов анкетирования</translation>
        </message>
        <message>
            <source>survey.xlsx</source>
            <translation>анкетирование.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::SyncPage</name>
        <message>
            <source>Logged out. Enter the password and press Connect to sync again.</source>
            <translation>Выполнен выход. Чтобы снова синхронизироваться, введите пароль и нажмите «Подключиться».</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>Exchange with the central server. Work offline as usual: changes wait in the outbox and are sent at the next sync.</source>
            <translation>Обмен данными с центральным сервером. Работайте без сети как обычно: изменения ждут в очереди на отправку и передаются при следующей синхронизации.</translation>
        </message>
        <message>
            <source>kept only while Metodist runs; the session goes to the system keychain</source>
            <translation>хранится только пока Metodist запущен; сеанс сохраняется в системном хранилище ключей</translation>
        </message>
        <message>
            <source>&amp;Connect and sync</source>
            <translation>По&amp;дключиться и синхронизировать</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>В&amp;ыйти</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Адрес сервера:</translation>
        </message>
        <message>
            <source>Lo&amp;gin:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>C&amp;ancel</source>
            <translation>О&amp;тмена</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Sync in the &amp;background every</source>
            <translation>&amp;Фоновая синхронизация каждые</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <source>The server address "%1" is not an http(s) address.</source>
            <translation>Адрес сервера «%1» не является адресом http(s).</translation>
        </message>
        <message>
            <source>Enter your login on the server.</source>
            <translation>Введите ваш логин на сервере.</translation>
        </message>
        <message>
            <source>A sync is running; cancel it or wait until it ends.</source>
            <translation>Идёт синхронизация; отмените её или дождитесь завершения.</translation>
        </message>
        <message>
            <source>Connect the profile to a server first: its address, your login and password.</source>
            <translation>Сначала подключите профиль к серверу: укажите его адрес, ваш логин и пароль.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <source>Sending: %1 of %2 changes</source>
            <translation>Отправка: %1 из %2 изменений</translation>
        </message>
        <message>
            <source>Receiving: revision %1 of %2</source>
            <translation>Получение: ревизия %1 из %2</translation>
        </message>
        <message>
            <source>Not connected to a server. Enter its address, your login and password, then Connect.</source>
            <translation>Нет подключения к серверу. Введите его адрес, ваш логин и пароль, затем нажмите «Подключиться».</translation>
        </message>
        <message>
            <source>First sync: downloading everything your account may see. </source>
            <translation>Первая синхронизация: загружаются все данные, доступные вашей учётной записи. </translation>
        </message>
        <message>
            <source>Enter the password and press Connect.</source>
            <translation>Введите пароль и нажмите «Подключиться».</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Ошибка синхронизации: %1</translation>
        </message>
        <message>
            <source>Connected. Last complete sync at %1.</source>
            <translation>Подключено. Последняя полная синхронизация: %1.</translation>
        </message>
        <message>
            <source>Connected; not synced yet. Press Sync now.</source>
            <translation>Подключено; синхронизация ещё не выполнялась. Нажмите «Синхронизировать сейчас».</translation>
        </message>
        <message>
            <source>Not connected to a server</source>
            <translation>Нет подключения к серверу</translation>
        </message>
        <message>
            <source>Offline, retrying…</source>
            <translation>Нет связи, повторная попытка…</translation>
        </message>
        <message>
            <source>First sync…</source>
            <translation>Первая синхронизация…</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Синхронизация…</translation>
        </message>
        <message>
            <source>Sync: log in again</source>
            <translation>Синхронизация: войдите снова</translation>
        </message>
        <message>
            <source>Sync: update Metodist</source>
            <translation>Синхронизация: обновите Metodist</translation>
        </message>
        <message>
            <source>Sync failed (last synced %1)</source>
            <translation>Ошибка синхронизации (последняя: %1)</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Ошибка синхронизации</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Синхронизировано: %1</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Синхронизация ещё не выполнялась</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>%n изменение к отправке</numerusform>
                <numerusform>%n изменения к отправке</numerusform>
                <numerusform>%n изменений к отправке</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to review</source>
            <translation>
                <numerusform>%n конфликт требует разбора</numerusform>
                <numerusform>%n конфликта требуют разбора</numerusform>
                <numerusform>%n конфликтов требуют разбора</numerusform>
            </translation>
        </message>
        <message>
            <source>Last complete sync: %1</source>
            <translation>Последняя полная синхронизация: %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Синхронизация не выполнялась</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting in the outbox</source>
            <translation>
                <numerusform>%n изменение ожидает в очереди на отправку</numerusform>
                <numerusform>%n изменения ожидают в очереди на отправку</numerusform>
                <numerusform>%n изменений ожидают в очереди на отправку</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>background sync every %n minute(s)</source>
            <translation>
                <numerusform>фоновая синхронизация каждую %n минуту</numerusform>
                <numerusform>фоновая синхронизация каждые %n минуты</numerusform>
                <numerusform>фоновая синхронизация каждые %n минут</numerusform>
            </translation>
        </message>
        <message>
            <source>no background sync</source>
            <translation>фоновая синхронизация отключена</translation>
        </message>
        <message>
            <source>Profile connected as %1</source>
            <translation>Профиль подключён как %1</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Конфликты (%1)</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::TargetsEditor</name>
        <message>
            <source>&amp;Save targets</source>
            <translation>&amp;Сохранить цели</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Отменить изменения</translation>
        </message>
        <message>
            <source>Targets in percent, 0 to 100; an empty cell means no target</source>
            <translation>Цели в процентах от 0 до 100; пустая ячейка — цели нет</translation>
        </message>
        <message>
            <source>%1: targets in percent. Type a value from 0 to 100 or leave the cell empty.</source>
            <translation>%1: цели в процентах. Введите значение от 0 до 100 или оставьте ячейку пустой.</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>«%1» — не число</translation>
        </message>
        <message>
            <source>Indicator "%1", %2: the target is not a number</source>
            <translation>Показатель «%1», %2: цель — не число</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Цели</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::UsersWidget</name>
        <message>
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
        <message>
            <source>IRO staff</source>
            <translation>Сотрудник ИРО</translation>
        </message>
        <message>
            <source>Coordinator (read only)</source>
            <translation>Координатор (только чтение)</translation>
        </message>
        <message>
            <source>Municipal methodologist</source>
            <translation>Муниципальный методист</translation>
        </message>
        <message>
            <source>Tutor</source>
            <translation>Тьютор</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Преподаватель</translation>
        </message>
        <message>
            <source>Your server password</source>
            <translation>Ваш пароль на сервере</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Войти</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>Не менее 8 символов</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Логин:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <source>Municipality (scope):</source>
            <translation>Муниципалитет (область видимости):</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Добавить пользователя</translation>
        </message>
        <message>
            <source>Disable / enable</source>
            <translation>Отключить / включить</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Сбросить пароль</translation>
        </message>
        <message>
            <source>Whole region</source>
            <translation>Весь регион</translation>
        </message>
        <message>
            <source>This profile is not connected to a server. Connect it in the Synchronisation section first.</source>
            <translation>Этот профиль не подключён к серверу. Сначала подключите его в разделе «Синхронизация».</translation>
        </message>
        <message>
            <source>Server %1, logged in as %2.</source>
            <translation>Сервер %1, вход под именем %2.</translation>
        </message>
        <message>
            <source>Enter your server password and log in.</source>
            <translation>Введите свой пароль на сервере и нажмите «Войти».</translation>
        </message>
        <message>
            <source>Users on the server: %1.</source>
            <translation>Пользователей на сервере: %1.</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>отключён</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <source>User %1 added.</source>
            <translation>Пользователь %1 добавлен.</translation>
        </message>
        <message>
            <source>Choose a user in the table first.</source>
            <translation>Сначала выберите пользователя в таблице.</translation>
        </message>
        <message>
            <source>User %1 disabled; their sessions are ended.</source>
            <translation>Пользователь %1 отключён; его сеансы завершены.</translation>
        </message>
        <message>
            <source>User %1 enabled.</source>
            <translation>Пользователь %1 включён.</translation>
        </message>
        <message>
            <source>The password of %1 was reset; their sessions are ended.</source>
            <translation>Пароль пользователя %1 сброшен; его сеансы завершены.</translation>
        </message>
    </context>
    <context>
        <name>metodist::ui::WeekGrid</name>
        <message>
            <source>No conflicts</source>
            <translation>Нет конфликтов</translation>
        </message>
    </context>
</TS>
