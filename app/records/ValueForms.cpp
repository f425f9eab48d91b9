#include "app/records/ValueForms.h"
#include "app/records/FieldParsing.h"

#include <charconv>
#include <cmath>
#include <string>

namespace fieldbook {

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("dmy");
    case DateOrder::MonthFirst:
        return QStringLiteral("mdy");
    case DateOrder::YearFirst:
        return QStringLiteral("ymd");
    case DateOrder::Unknown:
        break;
    }
    return {};
}

bool parseDateOrderName(const QString& name, DateOrder* order)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("dmy") || n == QLatin1String("day-first")) {
        *order = DateOrder::DayFirst;
    } else if (n == QLatin1String("mdy") || n == QLatin1String("month-first")) {
        *order = DateOrder::MonthFirst;
    } else if (n == QLatin1String("ymd") || n == QLatin1String("year-first")) {
        *order = DateOrder::YearFirst;
    } else {
        return false;
    }
    return true;
}

QString decimalMarkName(DecimalMark mark)
{
    switch (mark) {
    case DecimalMark::Point:
        return QStringLiteral("point");
    case DecimalMark::Comma:
        return QStringLiteral("comma");
    case DecimalMark::Unknown:
        break;
    }
    return {};
}

bool parseDecimalMarkName(const QString& name, DecimalMark* mark)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("point") || n == QLatin1String(".")) {
        *mark = DecimalMark::Point;
    } else if (n == QLatin1String("comma") || n == QLatin1String(",")) {
        *mark = DecimalMark::Comma;
    } else {
        return false;
    }
    return true;
}

ValueType valueTypeOfColumn(const QString& column)
{
    static const QHash<QString, ValueType> types = {{QStringLiteral("birth_date"), ValueType::Date},
                                                    {QStringLiteral("hire_date"), ValueType::Date},
                                                    {QStringLiteral("termination_date"), ValueType::Date},
                                                    {QStringLiteral("date"), ValueType::Date},
                                                    {QStringLiteral("period_start"), ValueType::Date},
                                                    {QStringLiteral("period_end"), ValueType::Date},
                                                    {QStringLiteral("time_in"), ValueType::Time},
                                                    {QStringLiteral("time_out"), ValueType::Time},
                                                    {QStringLiteral("timestamp"), ValueType::Timestamp},
                                                    {QStringLiteral("regular_hours"), ValueType::Number},
                                                    {QStringLiteral("overtime_hours"), ValueType::Number},
                                                    {QStringLiteral("leave_hours"), ValueType::Number},
                                                    {QStringLiteral("holiday_hours"), ValueType::Number},
                                                    {QStringLiteral("units"), ValueType::Number},
                                                    {QStringLiteral("standard_minutes"), ValueType::Number},
                                                    {QStringLiteral("regular_pay"), ValueType::Money},
                                                    {QStringLiteral("overtime_pay"), ValueType::Money},
                                                    {QStringLiteral("bonus"), ValueType::Money},
                                                    {QStringLiteral("deductions"), ValueType::Money},
                                                    {QStringLiteral("net_pay"), ValueType::Money}};
    return types.value(column, ValueType::Text);
}

namespace valueforms {

namespace {

// No date, time or amount is longer: a longer cell is none of them, and is not worth the work
// (a hostile cell of a million spaces would make parseTimestamp try every split).
constexpr qsizetype kMaxValueBytes = 64;

// Full-width digits and colons (１２：００), no-break and narrow spaces become their plain forms.
QString normalizedText(QByteArrayView text)
{
    return QString::fromUtf8(text).normalized(QString::NormalizationForm_KC).trimmed();
}

bool allDigits(QStringView s)
{
    if (s.isEmpty()) {
        return false;
    }
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

int toInt(QStringView s)
{
    int value = 0;
    for (const QChar c : s) {
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

bool validDate(int y, int m, int d, JulianDay* out)
{
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > fieldparsing::daysInMonth(y, m)) {
        return false;
    }
    *out = fieldparsing::julianDay(y, m, d);
    return true;
}

int yearOf(QStringView digits)
{
    if (digits.size() == 2) {
        return expandTwoDigitYear(toInt(digits));
    }
    return digits.size() == 4 ? toInt(digits) : -1;
}

// English month names and their usual abbreviations; 0 for anything else.
int monthNumber(QStringView word)
{
    static const char* const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    const QString w = word.toString().toLower();
    if (w.size() < 3) {
        return 0;
    }
    for (int i = 0; i < 12; ++i) {
        const QLatin1String full(names[i]);
        if (w == full || w == full.left(3) || (i == 8 && w == QLatin1String("sept"))) {
            return i + 1;
        }
    }
    return 0;
}

struct Token
{
    enum Type
    {
        Digits,
        Letters,
        Mark // one separator character, runs of spaces as one ' '
    };
    Type type;
    QString text;
};

QList<Token> tokenize(const QString& s)
{
    QList<Token> tokens;
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s.at(i);
        qsizetype j = i + 1;
        Token::Type type = Token::Mark;
        if (c.isDigit() && c.unicode() < 0x80) {
            type = Token::Digits;
            while (j < s.size() && s.at(j).isDigit() && s.at(j).unicode() < 0x80) {
                ++j;
            }
        } else if (c.isLetter() && c.script() == QChar::Script_Latin) {
            type = Token::Letters;
            while (j < s.size() && s.at(j).isLetter() && s.at(j).script() == QChar::Script_Latin) {
                ++j;
            }
        } else if (c.isSpace()) {
            while (j < s.size() && s.at(j).isSpace()) {
                ++j;
            }
        }
        tokens.append({type, type == Token::Mark && c.isSpace() ? QStringLiteral(" ") : s.mid(i, j - i)});
        i = j;
    }
    return tokens;
}

bool isDateSeparator(const Token& t)
{
    return t.type == Token::Mark &&
           (t.text == QLatin1String("/") || t.text == QLatin1String("-") || t.text == QLatin1String("."));
}

// 1-May-2026, 01 May 2026, May 1, 2026, 1 May 26.
bool parseMonthNameDate(const QList<Token>& tokens, JulianDay* out)
{
    QList<const Token*> parts;
    for (const Token& t : tokens) {
        if (t.type == Token::Mark) {
            if (t.text != QLatin1String(" ") && t.text != QLatin1String("-") && t.text != QLatin1String("/") &&
                t.text != QLatin1String(".") && t.text != QLatin1String(",")) {
                return false;
            }
            continue;
        }
        parts.append(&t);
    }
    if (parts.size() != 3) {
        return false;
    }
    int month = 0;
    QStringView day;
    QStringView year;
    if (parts[0]->type == Token::Letters && parts[1]->type == Token::Digits && parts[2]->type == Token::Digits) {
        month = monthNumber(parts[0]->text);
        day = parts[1]->text;
        year = parts[2]->text;
    } else if (parts[0]->type == Token::Digits && parts[1]->type == Token::Letters && parts[2]->type == Token::Digits) {
        day = parts[0]->text;
        month = monthNumber(parts[1]->text);
        year = parts[2]->text;
    } else {
        return false;
    }
    return month > 0 && day.size() <= 2 && validDate(yearOf(year), month, toInt(day), out);
}

// 2026年5月1日
bool parseCjkDate(const QString& s, JulianDay* out)
{
    const qsizetype y = s.indexOf(QChar(0x5E74)); // 年
    const qsizetype m = s.indexOf(QChar(0x6708)); // 月
    if (y <= 0 || m <= y + 1) {
        return false;
    }
    QStringView dayPart = QStringView(s).sliced(m + 1).trimmed();
    if (dayPart.endsWith(QChar(0x65E5)) || dayPart.endsWith(QChar(0x53F7))) { // 日, 号
        dayPart.chop(1);
    }
    const QStringView yearPart = QStringView(s).first(y).trimmed();
    const QStringView monthPart = QStringView(s).sliced(y + 1, m - y - 1).trimmed();
    if (!allDigits(yearPart) || !allDigits(monthPart) || !allDigits(dayPart.trimmed()) || monthPart.size() > 2 ||
        dayPart.trimmed().size() > 2) {
        return false;
    }
    return validDate(yearOf(yearPart), toInt(monthPart), toInt(dayPart.trimmed()), out);
}

// A date followed by midnight, as spreadsheets write date cells: "05/01/2026 00:00:00".
QString withoutMidnight(const QString& s)
{
    for (const QLatin1String tail : {QLatin1String(" 00:00:00"), QLatin1String("T00:00:00"), QLatin1String(" 0:00:00"),
                                     QLatin1String(" 00:00"), QLatin1String(" 0:00")}) {
        if (s.endsWith(tail)) {
            return s.chopped(tail.size()).trimmed();
        }
    }
    return s;
}

// Excel's 1900 date system: serial 1 is 1900-01-01 and (Lotus' error) 1900-02-29 exists, so from
// March 1900 on day n is 1899-12-30 + n.
constexpr int kMinSerial = 20000; // 1954-10-03
constexpr int kMaxSerial = 80000; // 2119-01-10

bool parseSerial(QStringView s, JulianDay* out, double* fraction)
{
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? s : s.first(dot);
    const QStringView decimals = dot < 0 ? QStringView() : s.sliced(dot + 1);
    if (!allDigits(whole) || whole.size() != 5 || (dot >= 0 && !allDigits(decimals))) {
        return false;
    }
    const int serial = toInt(whole);
    if (serial < kMinSerial || serial > kMaxSerial) {
        return false;
    }
    *out = fieldparsing::julianDay(1899, 12, 30) + serial;
    *fraction = decimals.isEmpty() ? 0.0 : QStringLiteral("0.%1").arg(decimals).toDouble();
    return true;
}

bool parseNumericDate(const QList<Token>& tokens, DateOrder order, JulianDay* out)
{
    if (tokens.size() != 5 || tokens[0].type != Token::Digits || tokens[2].type != Token::Digits ||
        tokens[4].type != Token::Digits || !isDateSeparator(tokens[1]) || tokens[1].text != tokens[3].text) {
        return false;
    }
    const QString& a = tokens[0].text;
    const QString& b = tokens[2].text;
    const QString& c = tokens[4].text;
    if (a.size() == 4) { // 2026/05/01 whatever the order of the rest of the file
        return b.size() <= 2 && c.size() <= 2 && validDate(toInt(a), toInt(b), toInt(c), out);
    }
    if (a.size() > 2 || b.size() > 2) {
        return false;
    }
    switch (order) {
    case DateOrder::DayFirst:
        return validDate(yearOf(c), toInt(b), toInt(a), out);
    case DateOrder::MonthFirst:
        return validDate(yearOf(c), toInt(a), toInt(b), out);
    case DateOrder::YearFirst: // 26/05/01
        return c.size() <= 2 && a.size() == 2 && validDate(yearOf(a), toInt(b), toInt(c), out);
    case DateOrder::Unknown:
        break;
    }
    return false;
}

enum class Meridiem
{
    None,
    Am,
    Pm
};

// Takes the AM/PM word off a time: 8:00 AM, 8.00 a.m., 上午8:00, 5:30 CH (Vietnamese chiều), 8:00 SA (sáng).
Meridiem takeMeridiem(QString& t)
{
    static const QString am = QStringLiteral("上午");
    static const QString pm = QStringLiteral("下午");
    if (t.startsWith(am)) {
        t.remove(0, am.size());
        return Meridiem::Am;
    }
    if (t.startsWith(pm)) {
        t.remove(0, pm.size());
        return Meridiem::Pm;
    }
    struct Suffix
    {
        QLatin1String text;
        Meridiem meridiem;
    };
    static const Suffix suffixes[] = {{QLatin1String("a.m."), Meridiem::Am}, {QLatin1String("p.m."), Meridiem::Pm},
                                      {QLatin1String("a.m"), Meridiem::Am},  {QLatin1String("p.m"), Meridiem::Pm},
                                      {QLatin1String("am"), Meridiem::Am},   {QLatin1String("pm"), Meridiem::Pm},
                                      {QLatin1String("sa"), Meridiem::Am},   {QLatin1String("ch"), Meridiem::Pm}};
    for (const Suffix& s : suffixes) {
        if (t.endsWith(s.text)) {
            t.chop(s.text.size());
            return s.meridiem;
        }
    }
    return Meridiem::None;
}

bool timeOfParts(int h, int m, int s, Meridiem meridiem, int* seconds)
{
    if (m > 59 || s > 59) {
        return false;
    }
    if (meridiem != Meridiem::None) {
        if (h < 1 || h > 12) {
            return false;
        }
        h = h % 12 + (meridiem == Meridiem::Pm ? 12 : 0); // 12 AM is 00, 12 PM is 12
    } else if (h > 23) {
        return false;
    }
    *seconds = h * 3600 + m * 60 + s;
    return true;
}

bool parseTimeText(QString t, bool fourDigits, int* seconds)
{
    t = t.toLower();
    t.remove(QLatin1Char(' '));
    const Meridiem meridiem = takeMeridiem(t);
    if (t.isEmpty()) {
        return false;
    }
    // An Excel time cell written as its day fraction: 0.333333 (at least three decimals).
    if (meridiem == Meridiem::None && (t.startsWith(QLatin1String("0.")) || t.startsWith(QLatin1Char('.')))) {
        const QStringView decimals = QStringView(t).sliced(t.indexOf(QLatin1Char('.')) + 1);
        if (decimals.size() >= 3 && allDigits(decimals)) {
            const long value = std::lround(QStringLiteral("0.%1").arg(decimals).toDouble() * 86400.0);
            if (value >= 86400) {
                return false;
            }
            *seconds = int(value);
            return true;
        }
    }
    QChar separator;
    for (const QChar c : t) {
        if (c == QLatin1Char(':') || c == QLatin1Char('.') || c == QLatin1Char('h')) {
            separator = c;
            break;
        }
    }
    if (separator.isNull()) {
        if (allDigits(t) && t.size() <= 2 && meridiem != Meridiem::None) { // 8 AM
            return timeOfParts(toInt(t), 0, 0, meridiem, seconds);
        }
        if (allDigits(t) && t.size() == 4 && (fourDigits || meridiem != Meridiem::None)) { // 0800
            return timeOfParts(toInt(QStringView(t).first(2)), toInt(QStringView(t).sliced(2)), 0, meridiem, seconds);
        }
        return false;
    }
    const QStringList parts = t.split(separator);
    if (parts.size() < 2 || parts.size() > 3 || parts[0].size() > 2 || !allDigits(parts[0])) {
        return false;
    }
    if (separator == QLatin1Char('h') && parts.size() == 2 && parts[1].isEmpty()) { // 8h
        return timeOfParts(toInt(parts[0]), 0, 0, meridiem, seconds);
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() != 2 || !allDigits(parts[i])) {
            return false;
        }
    }
    return timeOfParts(toInt(parts[0]), toInt(parts[1]), parts.size() == 3 ? toInt(parts[2]) : 0, meridiem, seconds);
}

// Currency symbols and codes written before or after amounts in the sixteen countries' payrolls.
const QStringList& currencyTokens()
{
    static const QStringList tokens = [] {
        QStringList list = {QStringLiteral("us$"), QStringLiteral("rmb"), QStringLiteral("cny"), QStringLiteral("bdt"),
                            QStringLiteral("vnd"), QStringLiteral("idr"), QStringLiteral("usd"), QStringLiteral("eur"),
                            QStringLiteral("thb"), QStringLiteral("inr"), QStringLiteral("try"), QStringLiteral("mmk"),
                            QStringLiteral("etb"), QStringLiteral("khr"), QStringLiteral("php"), QStringLiteral("myr"),
                            QStringLiteral("lkr"), QStringLiteral("pkr"), QStringLiteral("mxn"), QStringLiteral("rs."),
                            QStringLiteral("tk."), QStringLiteral("rp."), QStringLiteral("rs"),  QStringLiteral("tk"),
                            QStringLiteral("rp"),  QStringLiteral("tl"),  QStringLiteral("ks"),  QStringLiteral("br"),
                            QStringLiteral("rm"),  QStringLiteral("k"),   QStringLiteral("¥"),   QStringLiteral("元"),
                            QStringLiteral("৳"),   QStringLiteral("₫"),   QStringLiteral("đ"),   QStringLiteral("$"),
                            QStringLiteral("€"),   QStringLiteral("฿"),   QStringLiteral("₹"),   QStringLiteral("₺"),
                            QStringLiteral("៛"),   QStringLiteral("₱"),   QStringLiteral("£")};
        return list;
    }();
    return tokens;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

bool takeCurrency(QString& s)
{
    for (const QString& token : currencyTokens()) {
        const bool word = isAsciiLetter(token.at(0));
        if (s.startsWith(token) && (!word || s.size() == token.size() || !isAsciiLetter(s.at(token.size())))) {
            s.remove(0, token.size());
            s = s.trimmed();
            return true;
        }
        if (s.endsWith(token) &&
            (!word || s.size() == token.size() || !isAsciiLetter(s.at(s.size() - token.size() - 1)))) {
            s.chop(token.size());
            s = s.trimmed();
            return true;
        }
    }
    return false;
}

bool takeSign(QString& s)
{
    static const QChar minus(0x2212);
    if (s.size() >= 2 && s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        s = s.mid(1, s.size() - 2).trimmed();
        return true;
    }
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(minus)) {
        s = s.mid(1).trimmed();
        return true;
    }
    if (s.endsWith(QLatin1Char('-')) || s.endsWith(minus)) {
        s.chop(1);
        s = s.trimmed();
        return true;
    }
    return false;
}

// The digits and marks of an amount, without currency, sign and spaces; false when anything else is left.
bool numberBody(QByteArrayView text, QString* body, bool* negative)
{
    if (text.size() > kMaxValueBytes) {
        return false;
    }
    QString s = normalizedText(text).toLower();
    *negative = false;
    for (int round = 0; round < 4; ++round) {
        bool changed = takeCurrency(s);
        if (!*negative && takeSign(s)) {
            *negative = true;
            changed = true;
        }
        if (!changed) {
            break;
        }
    }
    if (s.startsWith(QLatin1Char('+'))) {
        s.remove(0, 1);
    }
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isSpace() || c == QLatin1Char('\'')) {
            continue; // thousands separators: 1 234,56 and 1'234.56
        }
        if ((c < QLatin1Char('0') || c > QLatin1Char('9')) && c != QLatin1Char('.') && c != QLatin1Char(',')) {
            return false;
        }
        out += c;
    }
    if (out.isEmpty() || !out.at(0).isDigit() || !out.back().isDigit()) {
        return false;
    }
    *body = out;
    return true;
}

// "1,234" or "1.234": one mark, one to three digits before it (not a lone zero), three after.
bool isAmbiguousBody(const QString& body)
{
    const qsizetype points = body.count(QLatin1Char('.'));
    const qsizetype commas = body.count(QLatin1Char(','));
    if (points + commas != 1) {
        return false;
    }
    const qsizetype mark = points ? body.indexOf(QLatin1Char('.')) : body.indexOf(QLatin1Char(','));
    return mark >= 1 && mark <= 3 && body.size() - mark - 1 == 3 && body.at(0) != QLatin1Char('0');
}

// Thousands groups: the first of 1-3 digits, every other of exactly 3 (1,234,567); or, as India,
// Bangladesh and Pakistan write lakhs and crores, the last of 3 and the ones before it of 2 (12,34,567).
bool validGroups(QStringView integer, QChar thousands)
{
    if (!integer.contains(thousands)) {
        return allDigits(integer);
    }
    const QList<QStringView> groups = integer.split(thousands);
    bool western = true;
    bool lakh = groups.size() >= 3 && groups.back().size() == 3;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!allDigits(groups[i])) {
            return false;
        }
        const qsizetype size = groups[i].size();
        western = western && (i == 0 ? size <= 3 : size == 3);
        lakh = lakh && (i == 0 ? size <= 2 : i == groups.size() - 1 || size == 2);
    }
    return western || lakh;
}

} // namespace

int expandTwoDigitYear(int year)
{
    return year < 70 ? 2000 + year : 1900 + year;
}

bool splitDayMonthDate(QByteArrayView text, NumericDate* out)
{
    if (text.size() > kMaxValueBytes) {
        return false;
    }
    const QList<Token> tokens = tokenize(withoutMidnight(normalizedText(text)));
    if (tokens.size() != 5 || tokens[0].type != Token::Digits || tokens[2].type != Token::Digits ||
        tokens[4].type != Token::Digits || !isDateSeparator(tokens[1]) || tokens[1].text != tokens[3].text ||
        tokens[0].text.size() > 2 || tokens[2].text.size() > 2 ||
        (tokens[4].text.size() != 2 && tokens[4].text.size() != 4)) {
        return false;
    }
    out->first = toInt(tokens[0].text);
    out->second = toInt(tokens[2].text);
    out->year = yearOf(tokens[4].text);
    return true;
}

bool parseDate(QByteArrayView text, DateOrder order, JulianDay* out)
{
    if (text.size() > kMaxValueBytes) {
        return false;
    }
    const QString s = withoutMidnight(normalizedText(text));
    if (s.isEmpty()) {
        return false;
    }
    double fraction = 0;
    if (parseSerial(s, out, &fraction)) {
        return fraction == 0.0;
    }
    if (s.contains(QChar(0x5E74))) {
        return parseCjkDate(s, out);
    }
    const QList<Token> tokens = tokenize(s);
    return parseNumericDate(tokens, order, out) || parseMonthNameDate(tokens, out);
}

bool parseTime(QByteArrayView text, bool fourDigits, int* seconds)
{
    if (text.size() > kMaxValueBytes) {
        return false;
    }
    return parseTimeText(normalizedText(text), fourDigits, seconds);
}

bool parseTimestamp(QByteArrayView text, DateOrder order, JulianDay* date, int* seconds)
{
    if (text.size() > kMaxValueBytes) {
        return false;
    }
    const QString s = normalizedText(text);
    double fraction = 0;
    if (parseSerial(s, date, &fraction)) {
        const long value = std::lround(fraction * 86400.0);
        if (value >= 86400) {
            return false;
        }
        *seconds = int(value);
        return true;
    }
    // Try each place the date can end: "05/01/2026 8:00 AM", "1 May 2026 08:00", "2026-05-01T08:00".
    for (qsizetype i = 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!c.isSpace() && !(c == QLatin1Char('T') && s.at(i - 1).isDigit())) {
            continue;
        }
        const QByteArray left = s.first(i).toUtf8();
        const QString right = s.sliced(i + 1).trimmed();
        if (!right.isEmpty() && parseDate(left, order, date) && parseTimeText(right, false, seconds)) {
            return true;
        }
    }
    return false;
}

DecimalMark decimalEvidence(QByteArrayView text)
{
    QString body;
    bool negative = false;
    if (!numberBody(text, &body, &negative) || isAmbiguousBody(body)) {
        return DecimalMark::Unknown;
    }
    const qsizetype lastPoint = body.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = body.lastIndexOf(QLatin1Char(','));
    if (lastPoint >= 0 && lastComma >= 0) {
        return lastComma > lastPoint ? DecimalMark::Comma : DecimalMark::Point;
    }
    if (lastComma >= 0) { // 1,5 is a decimal comma; 1,234,567 thousands commas
        return body.count(QLatin1Char(',')) > 1 ? DecimalMark::Point : DecimalMark::Comma;
    }
    if (lastPoint >= 0) {
        return body.count(QLatin1Char('.')) > 1 ? DecimalMark::Comma : DecimalMark::Point;
    }
    return DecimalMark::Unknown;
}

bool hasAmbiguousMark(QByteArrayView text)
{
    QString body;
    bool negative = false;
    return numberBody(text, &body, &negative) && isAmbiguousBody(body);
}

bool parseNumber(QByteArrayView text, DecimalMark mark, double* out)
{
    QString body;
    bool negative = false;
    if (!numberBody(text, &body, &negative)) {
        return false;
    }
    const bool hasMark = body.contains(QLatin1Char('.')) || body.contains(QLatin1Char(','));
    if (hasMark && mark == DecimalMark::Unknown) {
        mark = decimalEvidence(text); // a column with no ambiguous value: each value says it
        if (mark == DecimalMark::Unknown) {
            return false;
        }
    }
    const QChar decimal = mark == DecimalMark::Comma ? QLatin1Char(',') : QLatin1Char('.');
    const QChar thousands = mark == DecimalMark::Comma ? QLatin1Char('.') : QLatin1Char(',');
    if (body.count(decimal) > 1) {
        return false;
    }
    const qsizetype at = body.indexOf(decimal);
    const QStringView integer = at < 0 ? QStringView(body) : QStringView(body).first(at);
    const QStringView decimals = at < 0 ? QStringView() : QStringView(body).sliced(at + 1);
    if (!validGroups(integer, thousands) || (at >= 0 && !allDigits(decimals))) {
        return false;
    }
    std::string plain = integer.toString().remove(thousands).toStdString();
    if (at >= 0) {
        plain += '.';
        plain += decimals.toString().toStdString();
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (ec != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value)) {
        return false;
    }
    *out = negative ? -value : value;
    return true;
}

} // namespace valueforms
} // namespace fieldbook
