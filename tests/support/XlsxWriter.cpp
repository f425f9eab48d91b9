#include "support/XlsxWriter.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <zip.h>

namespace fieldbook::test {

namespace {

QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(char('A' + (n - 1) % 26));
    }
    return name;
}

const QByteArray kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

} // namespace

void XlsxWriter::addSheet(const QString& name, const QByteArray& sheetDataRows)
{
    addRawSheet(name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + kMainNs +
                          "\" xmlns:r=\"" + kRelNs + "\"><sheetData>" + sheetDataRows + "</sheetData></worksheet>");
}

void XlsxWriter::addRawSheet(const QString& name, const QByteArray& sheetXml)
{
    m_sheets.push_back({name, sheetXml});
}

int XlsxWriter::sharedString(const QString& text)
{
    const qsizetype at = m_strings.indexOf(text);
    if (at >= 0) {
        return int(at);
    }
    m_strings.append(text);
    return int(m_strings.size() - 1);
}

void XlsxWriter::setPart(const QString& name, const QByteArray& bytes)
{
    m_overrides.insert(name, bytes);
    m_removed.removeAll(name);
}

void XlsxWriter::removePart(const QString& name)
{
    m_overrides.remove(name);
    m_removed.append(name);
}

QMap<QString, QByteArray> XlsxWriter::parts() const
{
    QMap<QString, QByteArray> parts;
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    QByteArray sheets;
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (size_t i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(qulonglong(i + 1));
        sheets += "<sheet name=\"" + escaped(m_sheets[i].name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        parts.insert(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), m_sheets[i].xml);
    }
    rels += "<Relationship Id=\"rIdStyles\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/>"
            "<Relationship Id=\"rIdStrings\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            "Target=\"sharedStrings.xml\"/></Relationships>";
    types += "</Types>";
    parts.insert(QStringLiteral("[Content_Types].xml"), types);
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                 "Target=\"xl/workbook.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/workbook.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" +
                                                        kMainNs + "\" xmlns:r=\"" + kRelNs + "\"><workbookPr" +
                                                        (m_date1904 ? " date1904=\"1\"" : "") + "/><sheets>" + sheets +
                                                        "</sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    QByteArray strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + kMainNs + "\" count=\"" +
                         QByteArray::number(m_strings.size()) + "\">";
    for (const QString& s : m_strings) {
        strings += "<si><t xml:space=\"preserve\">" + escaped(s) + "</t></si>";
    }
    parts.insert(QStringLiteral("xl/sharedStrings.xml"), strings + "</sst>");
    parts.insert(QStringLiteral("xl/styles.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"" + kMainNs +
                     "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                     "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                     "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"20\"/>"
                     "<xf numFmtId=\"22\"/><xf numFmtId=\"164\"/><xf numFmtId=\"21\"/></cellXfs></styleSheet>");
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        parts.insert(it.key(), it.value());
    }
    for (const QString& name : m_removed) {
        parts.remove(name);
    }
    return parts;
}

bool XlsxWriter::write(const QString& path) const
{
    QFile::remove(path);
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        return false;
    }
    const QMap<QString, QByteArray> all = parts(); // alive until zip_close, which reads the buffers
    // [Content_Types].xml first, as Excel writes it.
    QStringList names = all.keys();
    names.removeAll(QStringLiteral("[Content_Types].xml"));
    if (all.contains(QStringLiteral("[Content_Types].xml"))) {
        names.prepend(QStringLiteral("[Content_Types].xml"));
    }
    for (const QString& name : names) {
        const QByteArray& bytes = all[name];
        zip_source_t* source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), m_stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    return zip_close(archive) == 0;
}

double XlsxWriter::serial(int year, int month, int day)
{
    return double(QDate(1899, 12, 30).daysTo(QDate(year, month, day)));
}

QByteArray XlsxWriter::rowsFromCsv(const QByteArray& csv)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression time(QStringLiteral("^(\\d{2}):(\\d{2})$"));
    // What Excel keeps as a number: 15 significant digits, no leading zero. Longer ids (an 18-digit
    // Chinese ID number) and zero-padded codes are text in a real workbook, or they would be lost.
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9]\\d{0,14})(\\.\\d{1,6})?$"));
    QByteArray rows;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype r = 0; r < lines.size(); ++r) {
        const QByteArray line = lines[r].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QByteArray rowNumber = QByteArray::number(r + 1);
        rows += "<row r=\"" + rowNumber + "\">";
        const QList<QByteArray> fields = line.split(','); // the generator's CSVs quote nothing
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const QString value = QString::fromUtf8(fields[c]);
            const QByteArray ref = columnName(int(c)) + rowNumber;
            if (value.isEmpty()) {
                continue;
            }
            QRegularExpressionMatch m;
            if (r > 0 && (m = date.match(value)).hasMatch()) {
                rows +=
                    "<c r=\"" + ref + "\" s=\"1\"><v>" +
                    QByteArray::number(serial(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())) +
                    "</v></c>";
            } else if (r > 0 && (m = time.match(value)).hasMatch()) {
                const double fraction = (m.captured(1).toInt() * 60 + m.captured(2).toInt()) / 1440.0;
                rows += "<c r=\"" + ref + "\" s=\"2\"><v>" + QByteArray::number(fraction, 'g', 17) + "</v></c>";
            } else if (r > 0 && number.match(value).hasMatch()) {
                rows += "<c r=\"" + ref + "\"><v>" + value.toUtf8() + "</v></c>";
            } else {
                rows += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(sharedString(value)) + "</v></c>";
            }
        }
        rows += "</row>";
    }
    return rows;
}

} // namespace fieldbook::test
