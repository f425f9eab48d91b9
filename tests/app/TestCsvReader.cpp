#include "app/records/CsvReader.h"
#include "support/TestRegistry.h"

#include <QTest>

using namespace fieldbook;

namespace {

// Every record of the input as lists of field strings, with the line each record starts on.
QList<QStringList> readAll(const QByteArray& data, QList<int>* lines = nullptr, QString* error = nullptr)
{
    CsvReader reader(data);
    QList<QStringList> records;
    while (reader.readRecord()) {
        QStringList fields;
        for (const QByteArrayView& f : reader.fields()) {
            fields.append(QString::fromUtf8(f));
        }
        records.append(fields);
        if (lines) {
            lines->append(reader.line());
        }
    }
    if (error) {
        *error = reader.errorMessage();
    }
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainRecords()
    {
        const auto records = readAll("a,b,c\n1,2,3\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1], (QStringList{"1", "2", "3"}));
    }

    void byteOrderMarkIsSkipped()
    {
        const auto records = readAll("\xEF\xBB\xBFworker_id,date\nW1,2026-01-05\n");
        QCOMPARE(records[0][0], QStringLiteral("worker_id"));
    }

    void crlfLineEnds()
    {
        QList<int> lines;
        const auto records = readAll("a,b\r\n1,2\r\n3,4\r\n", &lines);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[2], (QStringList{"3", "4"}));
        QCOMPARE(lines, (QList<int>{1, 2, 3}));
    }

    void quotedFieldsWithCommasQuotesAndNewlines()
    {
        QList<int> lines;
        const auto records = readAll("name,note\n\"Chen, Li\",\"said \"\"no\"\"\"\n\"two\nlines\",x\nlast,y\n", &lines);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1], (QStringList{"Chen, Li", "said \"no\""}));
        QCOMPARE(records[2], (QStringList{"two\nlines", "x"}));
        // The record after a two-line field starts on line 5.
        QCOMPARE(lines, (QList<int>{1, 2, 3, 5}));
    }

    void emptyFieldsAndMissingLastLineEnd()
    {
        const auto records = readAll("a,b,c\n,,\n1,,3");
        QCOMPARE(records[1], (QStringList{"", "", ""}));
        QCOMPARE(records[2], (QStringList{"1", "", "3"}));
    }

    void blankLinesAreSkippedButCounted()
    {
        QList<int> lines;
        readAll("a\n\n\nb\n", &lines);
        QCOMPARE(lines, (QList<int>{1, 4}));
    }

    void unclosedQuoteIsAnErrorWithItsLine()
    {
        QString error;
        const auto records = readAll("a,b\n1,2\n3,\"never closed\n4,5\n", nullptr, &error);
        QCOMPARE(records.size(), 2);
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    }

    void textAfterClosingQuoteIsAnError()
    {
        QString error;
        readAll("a\n\"x\"y\n", nullptr, &error);
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
    }

    void rawRecordIsTheFileText()
    {
        CsvReader reader("h\n\"a,b\",c\r\n");
        QVERIFY(reader.readRecord());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.rawRecord().toByteArray(), QByteArray("\"a,b\",c"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
