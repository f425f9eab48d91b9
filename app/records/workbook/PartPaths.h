#pragma once

#include <QString>

namespace fieldbook::partpaths {

// The part a relationship target names, resolved against the folder of the part that holds the
// relationship ("xl/" for xl/workbook.xml); a target starting with "/" is from the archive's root.
// Null when the target leaves the archive ("../../x"), is empty or is a URL.
QString resolve(const QString& baseFolder, const QString& target);

// "xl/" for "xl/workbook.xml", "" for "workbook.xml".
QString folderOf(const QString& part);

// The relationships of a part: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
QString relationshipsOf(const QString& part);

} // namespace fieldbook::partpaths
