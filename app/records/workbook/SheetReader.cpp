#include "app/records/workbook/SheetReader.h"
#include "app/records/workbook/CellReference.h"
#include "app/records/workbook/CellValueText.h"
#include "app/records/workbook/XmlPartReader.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>

namespace fieldbook {

namespace {

struct Cell
{
    int column = 0;
    QString text;
};

// A cell's t attribute.
enum class CellType
{
    Number, // n, or no t
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    Error,
    IsoDate
};

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n") {
        return CellType::Number;
    }
    if (t == u"s") {
        return CellType::SharedString;
    }
    if (t == u"inlineStr") {
        return CellType::InlineString;
    }
    if (t == u"str") {
        return CellType::FormulaString;
    }
    if (t == u"b") {
        return CellType::Boolean;
    }
    if (t == u"e") {
        return CellType::Error;
    }
    return t == u"d" ? CellType::IsoDate : CellType::Number;
}

// What is known of the <c> element being read.
struct OpenCell
{
    int column = 0;
    CellType type = CellType::Number;
    qint64 style = 0;
    bool hasFormula = false;
    bool hasValue = false;
    QString value;      // <v>
    QString inlineText; // <is><t>
};

void appendCsvField(QByteArray& out, QString text)
{
    // One line per row: a line break inside a cell becomes a space.
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'));
    if (quote) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        out += '"';
        out += text.toUtf8();
        out += '"';
    } else {
        out += text.toUtf8();
    }
}

// t="d": an ISO 8601 date, time or date-time, written as the contract writes them.
QString isoDateText(const QString& value)
{
    QString text = value.trimmed();
    if (text.endsWith(u'Z')) {
        text.chop(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0) {
        text.truncate(dot);
    }
    text.replace(u'T', u' ');
    if (text.endsWith(QLatin1String(" 00:00:00"))) {
        text.chop(9);
    } else if (text.size() >= 8 && text.endsWith(QLatin1String(":00")) && text.count(u':') == 2) {
        text.chop(3);
    }
    return text;
}

class Converter
{
public:
    Converter(const SheetReader::Context& context, SheetCsv& sheet) : m_context(context), m_sheet(sheet)
    {}

    // The value a finished cell shows, as text; empty for none.
    QString text(const OpenCell& cell, int row)
    {
        if (cell.type == CellType::InlineString) {
            return cell.inlineText;
        }
        if (!cell.hasValue) {
            if (cell.hasFormula) {
                ++m_sheet.formulasWithoutValue;
                SheetCsv::Rows& rows = m_sheet.formulaColumns[cell.column];
                rows.first = rows.first == 0 ? row : rows.first;
                rows.last = row;
            }
            return {};
        }
        if (cell.type == CellType::SharedString) {
            bool ok = false;
            const qint64 index = cell.value.trimmed().toLongLong(&ok);
            if (!ok || !m_context.strings || !m_context.strings->contains(index)) {
                ++m_sheet.errorCells;
                return {};
            }
            return m_context.strings->at(index);
        }
        if (cell.type == CellType::FormulaString) {
            return cell.value;
        }
        if (cell.type == CellType::Boolean) {
            return cell.value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
        if (cell.type == CellType::Error) {
            ++m_sheet.errorCells;
            return {};
        }
        if (cell.type == CellType::IsoDate) {
            return isoDateText(cell.value);
        }
        bool ok = false;
        const double number = cell.value.trimmed().toDouble(&ok);
        if (!ok) {
            return cell.value; // not a number after all: kept as written
        }
        const NumberFormatKind format =
            m_context.styles ? m_context.styles->kindOfStyle(cell.style) : NumberFormatKind::Number;
        if (format != NumberFormatKind::Number) {
            const QString when = cellvaluetext::serial(number, format, m_context.date1904);
            if (!when.isNull()) {
                return when;
            }
        }
        return QString::fromLatin1(cellvaluetext::number(number));
    }

private:
    const SheetReader::Context& m_context;
    SheetCsv& m_sheet;
};

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};

} // namespace

Result<SheetCsv> SheetReader::read(const ZipArchive& archive, const QString& part, const Context& context, int maxRows)
{
    Result<std::unique_ptr<XmlPartReader>> opened = XmlPartReader::open(archive, part, kMaxPartBytes);
    if (!opened) {
        return Result<SheetCsv>::failure(opened.error());
    }
    XmlPartReader& reader = *opened.value();
    SheetCsv sheet;
    Converter converter(context, sheet);
    std::vector<Cell> cells;
    OpenCell cell;
    int row = 0;         // the row being read (1-based)
    int lastColumn = -1; // the last cell's column in this row
    bool inRow = false;
    bool inCell = false;
    bool inSheetData = false;
    enum class Text
    {
        None,
        Value,
        Inline
    } collecting = Text::None;
    int phoneticDepth = 0;

    auto finishRow = [&] {
        if (cells.empty()) {
            return;
        }
        std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.column < b.column; });
        // The empty rows above it, then the row itself: line N of the CSV is row N.
        sheet.csv.append(qsizetype(row - 1 - sheet.rows), '\n');
        int column = 0;
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size() && cells[i + 1].column == cells[i].column) {
                continue; // the same cell twice: the last one wins
            }
            for (; column < cells[i].column; ++column) {
                sheet.csv += ',';
            }
            appendCsvField(sheet.csv, cells[i].text);
        }
        sheet.csv += '\n';
        sheet.rows = row;
        cells.clear();
    };

    quint32 tokens = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.next();
        if ((++tokens & 0xFFFF) == 0 && context.cancel && context.cancel->load()) {
            sheet.cancelled = true;
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = reader.xml().name();
            if (name == u"sheetData") {
                inSheetData = true;
            } else if (!inSheetData) {
                continue;
            } else if (name == u"row") {
                const QStringView r = reader.xml().attributes().value(QLatin1String("r"));
                int number = row + 1;
                if (!r.isEmpty()) {
                    bool ok = false;
                    number = r.toInt(&ok);
                    if (!ok) {
                        number = 0;
                    }
                }
                if (number < 1 || number > cellreference::kMaxRows) {
                    reader.fail(Tr::tr("row number '%1' is not one a sheet can have").arg(r.toString()));
                    break;
                }
                if (number <= row) {
                    reader.fail(Tr::tr("row %1 comes after row %2: the sheet is damaged").arg(number).arg(row));
                    break;
                }
                if (maxRows > 0 && number > maxRows) {
                    sheet.truncated = true;
                    break;
                }
                row = number;
                inRow = true;
                lastColumn = -1;
            } else if (name == u"c" && inRow) {
                const QXmlStreamAttributes attributes = reader.xml().attributes();
                const QStringView r = attributes.value(QLatin1String("r"));
                cell = OpenCell();
                cell.column = r.isEmpty() ? lastColumn + 1 : cellreference::column(r);
                if (cell.column < 0 || cell.column >= cellreference::kMaxColumns) {
                    reader.fail(Tr::tr("row %1: '%2' is not a cell reference a sheet can have")
                                    .arg(row)
                                    .arg(r.isEmpty() ? cellreference::columnName(cell.column) : r.toString()));
                    break;
                }
                cell.type = cellType(attributes.value(QLatin1String("t")));
                cell.style = attributes.value(QLatin1String("s")).toLongLong();
                lastColumn = cell.column;
                inCell = true;
            } else if (inCell && name == u"v") {
                cell.hasValue = true;
                collecting = Text::Value;
            } else if (inCell && name == u"f") {
                cell.hasFormula = true;
            } else if (inCell && name == u"rPh") {
                ++phoneticDepth;
            } else if (inCell && name == u"t" && phoneticDepth == 0) {
                collecting = Text::Inline;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = reader.xml().name();
            if (name == u"v" || name == u"t") {
                collecting = Text::None;
            } else if (name == u"rPh") {
                --phoneticDepth;
            } else if (name == u"c" && inCell) {
                inCell = false;
                QString text = converter.text(cell, row);
                if (!text.isEmpty()) {
                    if (cell.column >= kMaxValueColumns) {
                        reader.fail(Tr::tr("cell %1%2 holds a value beyond column %3: a record file has at most %4 "
                                           "columns; delete what is out there or copy the records to a new sheet")
                                        .arg(cellreference::columnName(cell.column))
                                        .arg(row)
                                        .arg(cellreference::columnName(kMaxValueColumns - 1))
                                        .arg(kMaxValueColumns));
                        break;
                    }
                    cells.push_back(Cell{cell.column, std::move(text)});
                }
            } else if (name == u"row" && inRow) {
                inRow = false;
                finishRow();
            } else if (name == u"sheetData") {
                break; // what follows (merged cells, page setup) holds no values
            }
        } else if (token == QXmlStreamReader::Characters && collecting != Text::None) {
            (collecting == Text::Value ? cell.value : cell.inlineText) += reader.xml().text();
        }
    }
    // A whole sheet is unpacked to its end, where its checksum is checked; a head is not.
    const QString failure = sheet.truncated || sheet.cancelled ? reader.failure() : reader.finish();
    if (!failure.isEmpty()) {
        return Result<SheetCsv>::failure(failure);
    }
    return sheet;
}

} // namespace fieldbook
