#pragma once

#include <QString>
#include <QVariant>

namespace fieldbook {

// Every setting Fieldbook keeps between runs (QSettings), in one table with its key and default,
// so that two places never spell one key differently and a new setting has one obvious home.
// Keys are kept as earlier versions wrote them: a user's settings survive an update.
enum class Setting
{
    UiLanguage,          // "" = the system's language
    ReportLanguage,      // "" = the interface language
    StorePath,           // the store chosen on the welcome dialog
    FirstRunDone,        // the welcome dialog has been completed once
    RecentStores,        // most recent first
    WindowGeometry,      // the main window
    WindowState,         // the main window's toolbars and docks
    WorkspaceSplitter,   // phase list | page
    ChecklistSplitter,   // questions | question panel
    FindingsSplitter,    // findings | finding editor
    FlagsSplitter,       // flags | flag detail (Record analysis)
    SampleSplitter,      // strata | workers (interview sample)
    QuestionsSplitter,   // interview questions | answer notes
    WorkerInterviews,    // interview list | form, worker interviews
    ManagementInterviews // interview list | form, management interviews
};

class Settings
{
public:
    static QVariant value(Setting setting);
    static void setValue(Setting setting, const QVariant& value);
    static bool contains(Setting setting);
    static QString key(Setting setting);
    static QVariant defaultValue(Setting setting);
};

} // namespace fieldbook
