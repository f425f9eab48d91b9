#include "app/cli/ChecklistCommand.h"
#include "app/cli/CommandLine.h"
#include "app/codes/ChecklistDeriver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

QString ChecklistCommand::summary() const
{
    return QCoreApplication::translate("Cli", "print the checklist derived from code(s) and a facility profile");
}

int ChecklistCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"),
                                  QCoreApplication::translate("Cli", "code (repeat for several)"), QStringLiteral("C"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("Cli",
                                                                 "facility profile JSON ({\"dormitory\": true, ...}); "
                                                                 "without it every question applies"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("Cli", "text or json"),
                                    QStringLiteral("F"), QStringLiteral("text"));
    parser.addOptions({code, profile, format});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.values(code).isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "checklist needs at least one --code") << Qt::endl;
        return ExitUsage;
    }
    FacilityProfile facility = FacilityProfile::everything();
    if (parser.isSet(profile)) {
        Result<FacilityProfile> read = FacilityProfile::fromFile(parser.value(profile));
        if (!read) {
            context.err << read.error() << Qt::endl;
            return ExitInvalidInput;
        }
        facility = read.take();
    }
    Result<DerivedChecklist> checklist = ChecklistDeriver::derive(parser.values(code), facility);
    if (!checklist) {
        context.err << checklist.error() << Qt::endl;
        return ExitUsage;
    }
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray items;
        for (const DerivedChecklistItem& i : checklist->items) {
            QJsonObject o{{QStringLiteral("key"), i.questionKey},
                          {QStringLiteral("catalog"), i.catalogVersion},
                          {QStringLiteral("section"), i.section},
                          {QStringLiteral("topic"), i.topic},
                          {QStringLiteral("question"), i.question},
                          {QStringLiteral("guidance"), i.guidance},
                          {QStringLiteral("evidence"), QJsonArray::fromStringList(i.evidence.split(QLatin1Char('\n')))},
                          {QStringLiteral("methods"), QJsonArray::fromStringList(i.methods)},
                          {QStringLiteral("severity"), i.severity},
                          {QStringLiteral("clauses"), QJsonArray::fromStringList(i.clauses)},
                          {QStringLiteral("applicable"), i.applicable}};
            if (!i.applicable) {
                o.insert(QStringLiteral("not_applicable_reason"), i.notApplicableReason);
            }
            items.append(o);
        }
        const QJsonObject root{{QStringLiteral("format_version"), 1},
                               {QStringLiteral("codes"), QJsonArray::fromStringList(checklist->codes)},
                               {QStringLiteral("questions"), int(checklist->items.size())},
                               {QStringLiteral("applicable"), checklist->applicableCount()},
                               {QStringLiteral("questions_without_crosswalk"), checklist->questionsWithoutCrosswalk},
                               {QStringLiteral("saved_by_crosswalk"), checklist->savedByCrosswalk()},
                               {QStringLiteral("items"), items}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QString section;
    for (const DerivedChecklistItem& i : checklist->items) {
        if (i.section != section) {
            section = i.section;
            context.out << Qt::endl << section << Qt::endl;
        }
        context.out << QStringLiteral("  [%1] %2%3")
                           .arg(i.clauses.join(QStringLiteral(" ")), i.question,
                                i.applicable ? QString() : QStringLiteral("  (N/A: %1)").arg(i.notApplicableReason))
                    << Qt::endl;
    }
    context.out << Qt::endl
                << QCoreApplication::translate("Cli", "%1 questions (%2 applicable); %3 saved by the crosswalk")
                       .arg(checklist->items.size())
                       .arg(checklist->applicableCount())
                       .arg(checklist->savedByCrosswalk())
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
