// Non-UTF-8 exports (issue 16): what the bytes probably are, told to the auditor, who confirms the
// conversion. Real bytes of each encoding, produced here by Qt's own encoders.
#include "app/records/RecordImportSession.h"
#include "app/records/TextEncoding.h"
#include "support/TestRegistry.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {

// Windows-1258 has the Vietnamese letters with hats and horns (â, ơ, ư) but writes the five tones
// as combining marks after them, as Vietnamese exports in it do.
QString forWindows1258(const QString& text)
{
    const auto isTone = [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
    };
    QString out;
    QString letter;
    QString tones;
    const auto flush = [&] {
        out += letter.normalized(QString::NormalizationForm_C) + tones;
        letter.clear();
        tones.clear();
    };
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (isTone(c)) {
            tones += c;
        } else if (c.isMark()) {
            letter += c;
        } else {
            flush();
            letter = c;
        }
    }
    flush();
    return out;
}

QByteArray encoded(const char* encoding, const QString& text)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid()) {
        return {};
    }
    QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

const QString kSimplified = QStringLiteral("工号,姓名,部门,日期,上班时间,下班时间\n"
                                           "A001,张伟,缝制一组,2026-05-04,08:00,17:30\n"
                                           "A002,王芳,包装车间,2026-05-04,08:00,17:30\n");
const QString kTraditional = QStringLiteral("工號,姓名,部門,日期,上班時間,下班時間\n"
                                            "A001,陳志明,縫製一組,2026-05-04,08:00,17:30\n"
                                            "A002,林美玲,包裝車間,2026-05-04,08:00,17:30\n");
const QString kJapanese = QStringLiteral("社員番号,氏名,部署,日付,出勤,退勤\n"
                                         "A001,やまだ たろう,ソーイング,2026-05-04,08:00,17:30\n"
                                         "A002,すずき はなこ,けんさ,2026-05-04,08:00,17:30\n");
const QString kVietnamese = QStringLiteral("Mã NV,Họ tên,Bộ phận,Ngày,Giờ vào,Giờ ra\n"
                                           "A001,Nguyễn Văn Hùng,May,2026-05-04,08:00,17:30\n"
                                           "A002,Trần Thị Thủy,Đóng gói,2026-05-04,08:00,17:30\n");
const QString kWestern = QStringLiteral("worker_id,name,department,date,time_in,time_out\n"
                                        "A001,José Hernández,Costura,2026-05-04,08:00,17:30\n"
                                        "A002,Françoise Müller,Empaque,2026-05-04,08:00,17:30\n");

} // namespace

class TestTextEncodingGuess : public QObject
{
    Q_OBJECT

private slots:
    void guessesFromTheBytes_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("GBK") << QByteArray("GBK") << kSimplified << "GBK";
        // A character GBK lacks (U+9FB4, four bytes in GB18030): only GB18030 reads the file.
        QTest::newRow("GB18030") << QByteArray("GB18030")
                                 << kSimplified + QStringLiteral("A003,\u3400\U0001F600,x,y,z,w\n") << "GB18030";
        QTest::newRow("Big5") << QByteArray("Big5") << kTraditional << "Big5";
        QTest::newRow("Shift_JIS") << QByteArray("Shift_JIS") << kJapanese << "Shift_JIS";
        QTest::newRow("windows-1258") << QByteArray("windows-1258") << forWindows1258(kVietnamese) << "windows-1258";
        QTest::newRow("windows-1252") << QByteArray("windows-1252") << kWestern << "windows-1252";
        QTest::newRow("UTF-16LE with BOM")
            << QByteArray("UTF-16LE") << QStringLiteral("\uFEFF") + kSimplified << "UTF-16LE";
        QTest::newRow("UTF-16BE with BOM")
            << QByteArray("UTF-16BE") << QStringLiteral("\uFEFF") + kVietnamese << "UTF-16BE";
    }
    void guessesFromTheBytes()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QByteArray bytes = encoded(encoding.constData(), text);
        if (bytes.isEmpty()) {
            QSKIP("this system's Qt has no such encoder");
        }
        QVERIFY(TextEncoding::firstInvalidUtf8(bytes).has_value());
        QCOMPARE(TextEncoding::guess(bytes), expected);
        QVERIFY2(TextEncoding::convertible().contains(expected), qPrintable(expected));
        // Converted on request, it reads back as the text.
        Result<QByteArray> utf8 = TextEncoding::toUtf8(bytes, expected, QStringLiteral("x.csv"));
        QVERIFY2(utf8.ok(), qPrintable(utf8.error()));
        QString back = QString::fromUtf8(utf8.value());
        if (back.startsWith(QChar(0xFEFF))) {
            back.remove(0, 1);
        }
        QString want = text;
        if (want.startsWith(QChar(0xFEFF))) {
            want.remove(0, 1);
        }
        QCOMPARE(back.normalized(QString::NormalizationForm_C), want.normalized(QString::NormalizationForm_C));
    }

    void theSessionNamesTheGuessAndConvertsOnlyWhenAsked()
    {
        const QByteArray bytes = encoded("Big5", kTraditional);
        if (bytes.isEmpty()) {
            QSKIP("this system's Qt has no Big5 encoder");
        }
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("打卡.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        RecordImportSession session;
        const int i = session.addFile(path, QStringLiteral("time_records"));
        QVERIFY(session.file(i).notUtf8);
        QVERIFY2(session.file(i).problem.reason.contains(QStringLiteral("Big5")),
                 qPrintable(session.file(i).problem.reason));
        session.setEncoding(i, QStringLiteral("Big5"));
        QVERIFY(!session.file(i).hasProblem());
        QCOMPARE(session.file(i).headers.first(), QStringLiteral("工號"));
        QVERIFY2(session.mappingProblems().isEmpty(), qPrintable(session.mappingProblems().join('\n')));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestTextEncodingGuess)
#include "TestTextEncodingGuess.moc"
