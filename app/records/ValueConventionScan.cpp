#include "app/records/ValueConventionScan.h"
#include "app/records/CsvReader.h"
#include "app/records/FieldParsing.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValueConventionScan)
};

// Where a value first showed something, for the messages.
struct Evidence
{
    int line = 0;
    int column = -1;
    QString value;

    void note(int atLine, int atColumn, QByteArrayView text)
    {
        if (line == 0) {
            line = atLine;
            column = atColumn;
            value = QString::fromUtf8(text.first(qMin<qsizetype>(40, text.size())));
        }
    }
    bool seen() const
    {
        return line > 0;
    }
};

struct NumberColumn
{
    Evidence point;
    Evidence comma;
    Evidence ambiguous;
};

QByteArrayView datePartOfTimestamp(QByteArrayView v)
{
    const qsizetype space = v.indexOf(' ');
    return space < 0 ? v : v.first(space);
}

} // namespace

ValueConventions ValueConventionScan::decide(CsvReader& reader, const std::vector<ColumnSpec>& columns,
                                             const std::vector<int>& indexes, const ValueFormChoice& choice)
{
    ValueConventions out;
    out.decimalMarks.assign(columns.size(), DecimalMark::Unknown);
    std::vector<ValueType> types(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        types[c] = indexes[c] < 0 ? ValueType::Text : valueTypeOfColumn(columns[c].name);
    }
    Evidence dayFirst;
    Evidence monthFirst;
    Evidence eitherOrder;
    std::vector<NumberColumn> numbers(columns.size());
    while (reader.readRecord()) {
        for (size_t c = 0; c < columns.size(); ++c) {
            const ValueType type = types[c];
            if (type == ValueType::Text || type == ValueType::Time) {
                continue;
            }
            QByteArrayView v = fieldparsing::trimmed(reader.field(indexes[c]));
            if (v.isEmpty()) {
                continue;
            }
            if (type == ValueType::Date || type == ValueType::Timestamp) {
                if (type == ValueType::Timestamp) {
                    v = datePartOfTimestamp(v);
                }
                valueforms::NumericDate parts;
                if (v.size() == 10 && v[4] == '-') {
                    continue; // ISO: the fast path, no order to decide
                }
                if (!valueforms::splitDayMonthDate(v, &parts)) {
                    continue;
                }
                if (parts.first > 12) {
                    dayFirst.note(reader.line(), int(c), v);
                } else if (parts.second > 12) {
                    monthFirst.note(reader.line(), int(c), v);
                } else if (parts.first != parts.second) {
                    eitherOrder.note(reader.line(), int(c), v);
                }
                continue;
            }
            NumberColumn& n = numbers[c];
            switch (valueforms::decimalEvidence(v)) {
            case DecimalMark::Point:
                n.point.note(reader.line(), int(c), v);
                break;
            case DecimalMark::Comma:
                n.comma.note(reader.line(), int(c), v);
                break;
            case DecimalMark::Unknown:
                if (valueforms::hasAmbiguousMark(v)) {
                    n.ambiguous.note(reader.line(), int(c), v);
                }
                break;
            }
        }
    }
    auto refuse = [&](const Evidence& at, const QString& reason) {
        out.problem.line = at.line;
        out.problem.column = columns[size_t(at.column)].name;
        out.problem.reason = reason;
        return out;
    };
    // A refusal the auditor answers with a choice (the wizard shows it where the choice is made).
    auto ask = [&](ValueFormQuestion question, const Evidence& at, const QString& reason) {
        out.question = question;
        out.questionValue = at.value;
        return refuse(at, reason);
    };
    if (reader.hasError()) {
        return out; // the parse reports it with its line
    }
    // Dates.
    if (choice.dateOrder != DateOrder::Unknown) {
        out.dateOrder = choice.dateOrder;
    } else if (dayFirst.seen() && monthFirst.seen()) {
        return refuse(monthFirst, Tr::tr("\"%1\" is month-first but line %2 (%3) has the day first (\"%4\"): one file "
                                         "cannot mix both; correct the file")
                                      .arg(monthFirst.value)
                                      .arg(dayFirst.line)
                                      .arg(columns[size_t(dayFirst.column)].name, dayFirst.value));
    } else if (dayFirst.seen()) {
        out.dateOrder = DateOrder::DayFirst;
    } else if (monthFirst.seen()) {
        out.dateOrder = DateOrder::MonthFirst;
    } else if (eitherOrder.seen()) {
        return ask(ValueFormQuestion::DateOrder, eitherOrder,
                   Tr::tr("\"%1\": every date of the file could be day-first or month-first; say which (dmy or "
                          "mdy: --date-order, or the date order in the import wizard)")
                       .arg(eitherOrder.value));
    }
    // Numbers: each column from its own values, then the file's evident mark for the undecided ones.
    int pointColumns = 0;
    int commaColumns = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        const NumberColumn& n = numbers[c];
        if (n.point.seen() && n.comma.seen()) {
            const Evidence& later = n.point.line > n.comma.line ? n.point : n.comma;
            const Evidence& earlier = n.point.line > n.comma.line ? n.comma : n.point;
            return refuse(later, Tr::tr("\"%1\" and \"%2\" on line %3 use different decimal marks; correct the file")
                                     .arg(later.value, earlier.value)
                                     .arg(earlier.line));
        }
        if (n.point.seen()) {
            out.decimalMarks[c] = DecimalMark::Point;
            ++pointColumns;
        } else if (n.comma.seen()) {
            out.decimalMarks[c] = DecimalMark::Comma;
            ++commaColumns;
        }
    }
    DecimalMark evident = DecimalMark::Unknown;
    if (choice.decimalMark != DecimalMark::Unknown) {
        evident = choice.decimalMark;
    } else if (pointColumns > 0 && commaColumns == 0) {
        evident = DecimalMark::Point;
    } else if (commaColumns > 0 && pointColumns == 0) {
        evident = DecimalMark::Comma;
    }
    for (size_t c = 0; c < columns.size(); ++c) {
        if (choice.decimalMark != DecimalMark::Unknown && types[c] != ValueType::Text) {
            out.decimalMarks[c] = choice.decimalMark; // the auditor's word wins
            continue;
        }
        if (out.decimalMarks[c] != DecimalMark::Unknown || !numbers[c].ambiguous.seen()) {
            continue;
        }
        if (evident == DecimalMark::Unknown) {
            return ask(ValueFormQuestion::DecimalMark, numbers[c].ambiguous,
                       Tr::tr("\"%1\" could be a thousand or a decimal and no other value of the file says which; "
                              "say which (--decimal-mark point or comma)")
                           .arg(numbers[c].ambiguous.value));
        }
        out.decimalMarks[c] = evident;
    }
    return out;
}

} // namespace fieldbook
