#include "app/records/workbook/SharedStrings.h"
#include "app/records/workbook/XmlPartReader.h"

namespace fieldbook {

Result<SharedStrings> SharedStrings::read(const ZipArchive& archive, const QString& part)
{
    SharedStrings table;
    if (part.isEmpty() || !archive.contains(part)) {
        return table;
    }
    Result<std::unique_ptr<XmlPartReader>> opened = XmlPartReader::open(archive, part, kMaxPartBytes);
    if (!opened) {
        return Result<SharedStrings>::failure(opened.error());
    }
    XmlPartReader& reader = *opened.value();
    QString current;
    int phoneticDepth = 0; // inside <rPh>: a reading aid, not the text
    bool inText = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.next();
        const QStringView name = reader.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"si") {
                current.clear();
            } else if (name == u"rPh") {
                ++phoneticDepth;
            } else if (name == u"t") {
                inText = phoneticDepth == 0;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"si") {
                table.m_strings.append(current);
            } else if (name == u"rPh") {
                --phoneticDepth;
            } else if (name == u"t") {
                inText = false;
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            current += reader.xml().text();
        }
    }
    if (const QString failure = reader.finish(); !failure.isEmpty()) {
        return Result<SharedStrings>::failure(failure);
    }
    return table;
}

} // namespace fieldbook
