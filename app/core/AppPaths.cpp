#include "app/core/AppPaths.h"
#include "app/core/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace fieldbook {

void AppPaths::initialiseApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fieldbook"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldbook"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

QString AppPaths::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("fieldbook.sqlite"));
}

QString AppPaths::demoStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

} // namespace fieldbook
