#include "app/core/Settings.h"

#include <QSettings>
#include <QStringList>

namespace fieldbook {

namespace {
struct SettingEntry
{
    Setting setting;
    const char* key;
    QVariant defaultValue;
};

const QList<SettingEntry>& table()
{
    static const QList<SettingEntry> entries = {
        {Setting::UiLanguage, "ui/language", QString()},
        {Setting::ReportLanguage, "report/language", QString()},
        {Setting::StorePath, "store/path", QString()},
        {Setting::FirstRunDone, "firstRun/done", false},
        {Setting::RecentStores, "recentStores", QStringList()},
        {Setting::WindowGeometry, "mainWindow/geometry", QByteArray()},
        {Setting::WindowState, "mainWindow/state", QByteArray()},
        {Setting::WorkspaceSplitter, "workspace/splitter", QByteArray()},
        {Setting::ChecklistSplitter, "checklist/splitter", QByteArray()},
        {Setting::FindingsSplitter, "findings/splitter", QByteArray()},
        {Setting::FlagsSplitter, "records/flags/splitter", QByteArray()},
        {Setting::SampleSplitter, "interviews/sample/splitter", QByteArray()},
        {Setting::QuestionsSplitter, "interviews/questions/splitter", QByteArray()},
        {Setting::WorkerInterviews, "interviews/worker/splitter", QByteArray()},
        {Setting::ManagementInterviews, "interviews/management/splitter", QByteArray()},
    };
    return entries;
}

const SettingEntry& entry(Setting setting)
{
    for (const SettingEntry& e : table()) {
        if (e.setting == setting) {
            return e;
        }
    }
    Q_UNREACHABLE(); // every Setting has its row (TestSettings checks)
}
} // namespace

QString Settings::key(Setting setting)
{
    return QLatin1String(entry(setting).key);
}

QVariant Settings::defaultValue(Setting setting)
{
    return entry(setting).defaultValue;
}

QVariant Settings::value(Setting setting)
{
    const SettingEntry& e = entry(setting);
    return QSettings().value(QLatin1String(e.key), e.defaultValue);
}

void Settings::setValue(Setting setting, const QVariant& value)
{
    QSettings().setValue(key(setting), value);
}

bool Settings::contains(Setting setting)
{
    return QSettings().contains(key(setting));
}

} // namespace fieldbook
