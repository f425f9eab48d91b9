#include "app/records/workbook/CellStyles.h"
#include "app/records/workbook/XmlPartReader.h"

namespace fieldbook {

NumberFormatKind CellStyles::kindOfCode(const QString& code)
{
    // Only the first section (positive numbers) decides; the others repeat it or are text.
    bool date = false;
    bool time = false;
    bool minutes = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u'"') { // a quoted literal: "年", "h" as a word
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') { // [Red], [$-409], or an elapsed time [h] [mm] [ss]
            const qsizetype close = code.indexOf(u']', i + 1);
            const QString inside = code.mid(i + 1, (close < 0 ? code.size() : close) - i - 1).toLower();
            if (!inside.isEmpty() && (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size() ||
                                      inside.count(u's') == inside.size())) {
                time = true;
            }
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // an escaped, spacing or fill character
            ++i;
        } else if (c == u';') {
            break;
        } else if (code.mid(i, 5).compare(QLatin1String("am/pm"), Qt::CaseInsensitive) == 0) {
            time = true;
            i += 4;
        } else if (code.mid(i, 3).compare(QLatin1String("a/p"), Qt::CaseInsensitive) == 0) {
            time = true;
            i += 2;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            minutes = true;
        }
    }
    // m alone is a month (mmm-yy); beside h or s it is minutes.
    if (minutes && !time) {
        date = true;
    }
    if (date && time) {
        return NumberFormatKind::DateTime;
    }
    return date ? NumberFormatKind::Date : time ? NumberFormatKind::Time : NumberFormatKind::Number;
}

NumberFormatKind CellStyles::kindOfFormat(int numFmtId, const QString& customCode)
{
    if (!customCode.isEmpty()) {
        return kindOfCode(customCode);
    }
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) || numFmtId == 36 ||
        (numFmtId >= 50 && numFmtId <= 54) || numFmtId == 57 || numFmtId == 58) {
        return NumberFormatKind::Date;
    }
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47) ||
        (numFmtId >= 32 && numFmtId <= 35) || numFmtId == 55 || numFmtId == 56) {
        return NumberFormatKind::Time;
    }
    return numFmtId == 22 ? NumberFormatKind::DateTime : NumberFormatKind::Number;
}

Result<CellStyles> CellStyles::read(const ZipArchive& archive, const QString& part)
{
    CellStyles styles;
    if (part.isEmpty() || !archive.contains(part)) {
        return styles;
    }
    Result<std::unique_ptr<XmlPartReader>> opened = XmlPartReader::open(archive, part, kMaxPartBytes);
    if (!opened) {
        return Result<CellStyles>::failure(opened.error());
    }
    XmlPartReader& reader = *opened.value();
    QHash<int, QString> customCodes;
    std::vector<int> styleFormats; // numFmtId of each <xf> of <cellXfs>, in order
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.next();
        const QStringView name = reader.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = reader.xml().attributes();
            if (name == u"numFmt") {
                customCodes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                   attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                styleFormats.push_back(attributes.value(QLatin1String("numFmtId")).toInt());
            }
        } else if (token == QXmlStreamReader::EndElement && name == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (const QString failure = reader.finish(); !failure.isEmpty()) {
        return Result<CellStyles>::failure(failure);
    }
    styles.m_styles.reserve(styleFormats.size());
    for (int id : styleFormats) {
        styles.m_styles.push_back(kindOfFormat(id, customCodes.value(id)));
    }
    return styles;
}

} // namespace fieldbook
