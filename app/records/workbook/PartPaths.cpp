#include "app/records/workbook/PartPaths.h"

#include <QStringList>

namespace fieldbook::partpaths {

QString resolve(const QString& baseFolder, const QString& target)
{
    if (target.isEmpty() || target.contains(u':') || target.contains(u'\\')) {
        return {}; // a URL, a Windows drive or separator: never a part of this archive
    }
    QStringList parts;
    const bool fromRoot = target.startsWith(u'/');
    if (!fromRoot) {
        parts = baseFolder.split(u'/', Qt::SkipEmptyParts);
    }
    for (const QString& segment : target.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QLatin1String(".")) {
            continue;
        }
        if (segment == QLatin1String("..")) {
            if (parts.isEmpty()) {
                return {}; // above the archive's root
            }
            parts.removeLast();
            continue;
        }
        parts.append(segment);
    }
    return parts.join(u'/');
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relationshipsOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

} // namespace fieldbook::partpaths
