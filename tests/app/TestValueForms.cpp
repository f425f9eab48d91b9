// The local forms of values in factory exports (issue 16): dates, times and amounts as HR offices
// write them, read only when the canonical form of formats.md did not match.
#include "app/records/FieldParsing.h"
#include "app/records/ValueForms.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QTest>

using namespace fieldbook;

namespace {

JulianDay day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate).toJulianDay();
}

int seconds(int h, int m, int s = 0)
{
    return h * 3600 + m * 60 + s;
}

} // namespace

class TestValueForms : public QObject
{
    Q_OBJECT

private slots:
    void readsLocalDateForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("expected");
        const int dmy = int(DateOrder::DayFirst);
        const int mdy = int(DateOrder::MonthFirst);
        const int unknown = int(DateOrder::Unknown);
        QTest::newRow("dd/mm/yyyy") << QByteArray("05/01/2026") << dmy << "2026-01-05";
        QTest::newRow("mm/dd/yyyy") << QByteArray("05/01/2026") << mdy << "2026-05-01";
        QTest::newRow("m/d/yy") << QByteArray("5/1/26") << mdy << "2026-05-01";
        QTest::newRow("dd-mm-yyyy") << QByteArray("05-01-2026") << dmy << "2026-01-05";
        QTest::newRow("dd.mm.yyyy") << QByteArray("05.01.2026") << dmy << "2026-01-05";
        QTest::newRow("yyyy/mm/dd needs no order") << QByteArray("2026/05/01") << unknown << "2026-05-01";
        QTest::newRow("Chinese") << QByteArray("2026年5月1日") << unknown << "2026-05-01";
        QTest::newRow("Chinese full-width digits") << QByteArray("２０２６年５月１日") << unknown << "2026-05-01";
        QTest::newRow("d-Mon-yyyy") << QByteArray("1-May-2026") << unknown << "2026-05-01";
        QTest::newRow("dd Mon yyyy") << QByteArray("01 May 2026") << unknown << "2026-05-01";
        QTest::newRow("Mon d, yyyy") << QByteArray("Sept 3, 2026") << unknown << "2026-09-03";
        QTest::newRow("Excel serial") << QByteArray("46143") << unknown << "2026-05-01";
        QTest::newRow("Excel serial with .0") << QByteArray("46143.0") << unknown << "2026-05-01";
        QTest::newRow("date cell with midnight") << QByteArray("05/01/2026 00:00:00") << dmy << "2026-01-05";
        QTest::newRow("two-digit year 69 is 2069") << QByteArray("01/02/69") << dmy << "2069-02-01";
        QTest::newRow("two-digit year 70 is 1970") << QByteArray("01/02/70") << dmy << "1970-02-01";
    }
    void readsLocalDateForms()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, order);
        QFETCH(QString, expected);
        JulianDay out = 0;
        QVERIFY2(valueforms::parseDate(text, DateOrder(order), &out), text.constData());
        QCOMPARE(QDate::fromJulianDay(out).toString(Qt::ISODate), expected);
    }

    void refusesWhatIsNotADate()
    {
        JulianDay out = 0;
        // Numeric day/month dates are never read without a decided order.
        QVERIFY(!valueforms::parseDate("05/01/2026", DateOrder::Unknown, &out));
        QVERIFY(!valueforms::parseDate("31/02/2026", DateOrder::DayFirst, &out));
        QVERIFY(!valueforms::parseDate("13/13/2026", DateOrder::DayFirst, &out));
        QVERIFY(!valueforms::parseDate("05/01-2026", DateOrder::DayFirst, &out));
        QVERIFY(!valueforms::parseDate("1-Mai-2026", DateOrder::Unknown, &out));
        QVERIFY(!valueforms::parseDate("12345", DateOrder::Unknown, &out));   // below the serial range
        QVERIFY(!valueforms::parseDate("46143.5", DateOrder::Unknown, &out)); // a time in a date column
        QVERIFY(!valueforms::parseDate("", DateOrder::DayFirst, &out));
    }

    void splitsDayMonthDatesForThePreScan()
    {
        valueforms::NumericDate parts;
        QVERIFY(valueforms::splitDayMonthDate("25/01/2026", &parts));
        QCOMPARE(parts.first, 25);
        QCOMPARE(parts.second, 1);
        QCOMPARE(parts.year, 2026);
        QVERIFY(!valueforms::splitDayMonthDate("2026/01/25", &parts)); // year first: no order to decide
        QVERIFY(!valueforms::splitDayMonthDate("2026-01-25", &parts));
    }

    void readsLocalTimeForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("8:00") << QByteArray("8:00") << seconds(8, 0);
        QTest::newRow("8:00 AM") << QByteArray("8:00 AM") << seconds(8, 0);
        QTest::newRow("8:00 pm") << QByteArray("8:00 pm") << seconds(20, 0);
        QTest::newRow("8:00AM") << QByteArray("8:00AM") << seconds(8, 0);
        QTest::newRow("8.00 a.m.") << QByteArray("8.00 a.m.") << seconds(8, 0);
        QTest::newRow("5:30 p.m.") << QByteArray("5:30 p.m.") << seconds(17, 30);
        QTest::newRow("12 AM is midnight") << QByteArray("12:00 AM") << 0;
        QTest::newRow("12 PM is noon") << QByteArray("12:15 PM") << seconds(12, 15);
        QTest::newRow("08.00") << QByteArray("08.00") << seconds(8, 0);
        QTest::newRow("8h00") << QByteArray("8h00") << seconds(8, 0);
        QTest::newRow("08h00") << QByteArray("08h00") << seconds(8, 0);
        QTest::newRow("17h") << QByteArray("17h") << seconds(17, 0);
        QTest::newRow("上午8:00") << QByteArray("上午8:00") << seconds(8, 0);
        QTest::newRow("下午5:30") << QByteArray("下午5:30") << seconds(17, 30);
        QTest::newRow("下午12:10") << QByteArray("下午12:10") << seconds(12, 10);
        QTest::newRow("full-width") << QByteArray("下午５：３０") << seconds(17, 30);
        QTest::newRow("Vietnamese SA") << QByteArray("8:00 SA") << seconds(8, 0);
        QTest::newRow("Vietnamese CH") << QByteArray("5:30 CH") << seconds(17, 30);
        QTest::newRow("with seconds") << QByteArray("5:30:15 PM") << seconds(17, 30, 15);
        QTest::newRow("Excel fraction") << QByteArray("0.333333") << seconds(8, 0);
        QTest::newRow("Excel fraction 17:30") << QByteArray("0.729167") << seconds(17, 30);
        QTest::newRow("0800 in a time column") << QByteArray("0800") << seconds(8, 0);
    }
    void readsLocalTimeForms()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, expected);
        int out = -1;
        QVERIFY2(valueforms::parseTime(text, true, &out), text.constData());
        QCOMPARE(out, expected);
    }

    void refusesWhatIsNotATime()
    {
        int out = 0;
        QVERIFY(!valueforms::parseTime("0800", false, &out)); // four digits only where only times can be
        QVERIFY(!valueforms::parseTime("13:00 PM", true, &out));
        QVERIFY(!valueforms::parseTime("0:30 AM", true, &out));
        QVERIFY(!valueforms::parseTime("25:00", true, &out));
        QVERIFY(!valueforms::parseTime("8:7", true, &out));
        QVERIFY(!valueforms::parseTime("0.5", true, &out)); // fewer than three decimals: not a day fraction
        QVERIFY(!valueforms::parseTime("1.5", true, &out));
        QVERIFY(!valueforms::parseTime("07:6x", true, &out));
        QVERIFY(!valueforms::parseTime("noon", true, &out));
    }

    void readsLocalTimestamps()
    {
        JulianDay date = 0;
        int time = 0;
        QVERIFY(valueforms::parseTimestamp("05/01/2026 8:00 PM", DateOrder::DayFirst, &date, &time));
        QCOMPARE(date, day("2026-01-05"));
        QCOMPARE(time, seconds(20, 0));
        QVERIFY(valueforms::parseTimestamp("1 May 2026 07:55", DateOrder::Unknown, &date, &time));
        QCOMPARE(date, day("2026-05-01"));
        QCOMPARE(time, seconds(7, 55));
        QVERIFY(valueforms::parseTimestamp("2026年5月1日 下午5:02", DateOrder::Unknown, &date, &time));
        QCOMPARE(time, seconds(17, 2));
        QVERIFY(valueforms::parseTimestamp("46143.75", DateOrder::Unknown, &date, &time));
        QCOMPARE(date, day("2026-05-01"));
        QCOMPARE(time, seconds(18, 0));
    }

    void readsAmountsWithTheirColumnsMark_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("mark");
        QTest::addColumn<double>("expected");
        const int point = int(DecimalMark::Point);
        const int comma = int(DecimalMark::Comma);
        QTest::newRow("1.234,56") << QByteArray("1.234,56") << comma << 1234.56;
        QTest::newRow("1 234,56") << QByteArray("1 234,56") << comma << 1234.56;
        QTest::newRow("no-break space") << QByteArray("1\u00A0234,56") << comma << 1234.56;
        QTest::newRow("narrow no-break space") << QByteArray("1\u202F234,56") << comma << 1234.56;
        QTest::newRow("1,234.56") << QByteArray("1,234.56") << point << 1234.56;
        QTest::newRow("1.234 with a comma mark") << QByteArray("1.234") << comma << 1234.0;
        QTest::newRow("1,234 with a point mark") << QByteArray("1,234") << point << 1234.0;
        QTest::newRow("¥") << QByteArray("¥1,234.50") << point << 1234.5;
        QTest::newRow("full-width ￥") << QByteArray("￥1,234.50") << point << 1234.5;
        QTest::newRow("RMB") << QByteArray("RMB 2,000.00") << point << 2000.0;
        QTest::newRow("৳") << QByteArray("৳ 12,500") << point << 12500.0;
        QTest::newRow("Tk") << QByteArray("Tk. 12,500.00") << point << 12500.0;
        QTest::newRow("₫ after") << QByteArray("5.500.000 ₫") << comma << 5500000.0;
        QTest::newRow("VND") << QByteArray("5.500.000 VND") << comma << 5500000.0;
        QTest::newRow("đ") << QByteArray("5.500.000đ") << comma << 5500000.0;
        QTest::newRow("Rp") << QByteArray("Rp 4.500.000,00") << comma << 4500000.0;
        QTest::newRow("IDR") << QByteArray("IDR 4.500.000") << comma << 4500000.0;
        QTest::newRow("$") << QByteArray("$1,200.00") << point << 1200.0;
        QTest::newRow("USD") << QByteArray("1,200.00 USD") << point << 1200.0;
        QTest::newRow("€") << QByteArray("1.200,00 €") << comma << 1200.0;
        QTest::newRow("฿") << QByteArray("฿9,000") << point << 9000.0;
        QTest::newRow("₹") << QByteArray("₹ 15,000.00") << point << 15000.0;
        QTest::newRow("Rs") << QByteArray("Rs. 15,000") << point << 15000.0;
        QTest::newRow("₺") << QByteArray("₺17.002,12") << comma << 17002.12;
        QTest::newRow("MMK") << QByteArray("MMK 150,000") << point << 150000.0;
        QTest::newRow("K") << QByteArray("K 150,000") << point << 150000.0;
        QTest::newRow("ETB") << QByteArray("ETB 3,000.00") << point << 3000.0;
        QTest::newRow("Br") << QByteArray("Br 3,000.00") << point << 3000.0;
        QTest::newRow("៛") << QByteArray("៛800,000") << point << 800000.0;
        QTest::newRow("₱") << QByteArray("₱12,000.50") << point << 12000.5;
        QTest::newRow("lakh grouping") << QByteArray("Tk 1,23,456.50") << point << 123456.5;
        QTest::newRow("parentheses") << QByteArray("(1,234.00)") << point << -1234.0;
        QTest::newRow("trailing minus") << QByteArray("1.234,00-") << comma << -1234.0;
        QTest::newRow("minus sign") << QByteArray("−250") << point << -250.0;
        QTest::newRow("plain") << QByteArray("1234") << int(DecimalMark::Unknown) << 1234.0;
        QTest::newRow("decides itself") << QByteArray("12,5") << int(DecimalMark::Unknown) << 12.5;
    }
    void readsAmountsWithTheirColumnsMark()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, mark);
        QFETCH(double, expected);
        double out = 0;
        QVERIFY2(valueforms::parseNumber(text, DecimalMark(mark), &out), text.constData());
        QCOMPARE(out, expected);
    }

    void refusesWhatIsNotAnAmount()
    {
        double out = 0;
        QVERIFY(!valueforms::parseNumber("1.234,5x", DecimalMark::Comma, &out));
        QVERIFY(!valueforms::parseNumber("1,23,4.00", DecimalMark::Point, &out)); // groups of three
        QVERIFY(!valueforms::parseNumber("1.234.56", DecimalMark::Point, &out));
        QVERIFY(!valueforms::parseNumber("1,234", DecimalMark::Unknown, &out)); // undecided: never guessed
        QVERIFY(!valueforms::parseNumber("12o", DecimalMark::Point, &out));
        QVERIFY(!valueforms::parseNumber("Kyat", DecimalMark::Point, &out));
        QVERIFY(!valueforms::parseNumber("", DecimalMark::Point, &out));
    }

    void sayWhatAValueProvesAboutItsColumn()
    {
        QCOMPARE(valueforms::decimalEvidence("1.234,56"), DecimalMark::Comma);
        QCOMPARE(valueforms::decimalEvidence("1,234.56"), DecimalMark::Point);
        QCOMPARE(valueforms::decimalEvidence("12,5"), DecimalMark::Comma);
        QCOMPARE(valueforms::decimalEvidence("1,234,567"), DecimalMark::Point);
        QCOMPARE(valueforms::decimalEvidence("1.234.567"), DecimalMark::Comma);
        QCOMPARE(valueforms::decimalEvidence("0,125"), DecimalMark::Comma);
        QCOMPARE(valueforms::decimalEvidence("1,234"), DecimalMark::Unknown);
        QCOMPARE(valueforms::decimalEvidence("1234"), DecimalMark::Unknown);
        QVERIFY(valueforms::hasAmbiguousMark("1,234"));
        QVERIFY(valueforms::hasAmbiguousMark("¥ 12.500"));
        QVERIFY(!valueforms::hasAmbiguousMark("1,2345"));
    }

    void namesTheChoices()
    {
        DateOrder order = DateOrder::Unknown;
        QVERIFY(parseDateOrderName(QStringLiteral("DMY"), &order));
        QCOMPARE(order, DateOrder::DayFirst);
        QVERIFY(parseDateOrderName(QStringLiteral("mdy"), &order));
        QCOMPARE(dateOrderName(order), QStringLiteral("mdy"));
        QVERIFY(!parseDateOrderName(QStringLiteral("dm"), &order));
        DecimalMark mark = DecimalMark::Unknown;
        QVERIFY(parseDecimalMarkName(QStringLiteral("comma"), &mark));
        QCOMPARE(mark, DecimalMark::Comma);
        QVERIFY(!parseDecimalMarkName(QStringLiteral("semicolon"), &mark));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestValueForms)
#include "TestValueForms.moc"
