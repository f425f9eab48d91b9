#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace fieldbook;

// The static half of the "no string escapes tr()" check (TestUntranslatedText is the dynamic
// half): in ui/, a string literal with words in it must not go straight into a widget's text,
// tooltip, placeholder, title, item, action or message box. Literals that are not words for
// people (object names, format patterns, HTML scaffolding) have no two letters in a row outside
// tags, or carry "// notr" on the line with the reason.
class TestTrEscapes : public QObject
{
    Q_OBJECT

private slots:
    void uiSourcesPassTextThroughTr();
    void detectorCatchesAnEscape();

private:
    static QStringList escapes(const QString& source, const QString& fileName);
};

QStringList TestTrEscapes::escapes(const QString& source, const QString& fileName)
{
    // A call that shows text, then optionally QStringLiteral( / QLatin1String( / QString(, then a literal.
    static const QRegularExpression call(
        QStringLiteral(R"((?:\b(?:setText|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setWindowTitle|)"
                       R"(setTitle|setSubTitle|setSpecialValueText|setSuffix|setPrefix|setLabelText|addItem|)"
                       R"(insertItem|addAction|addMenu|addTab|insertTab|setTabText|setAccessibleName|showMessage|)"
                       R"(setHorizontalHeaderLabels|setVerticalHeaderLabels|setHeaderLabels|information|warning|)"
                       R"(critical|question|about|getText|getSaveFileName|getOpenFileName|getOpenFileNames|)"
                       R"(getExistingDirectory|showStatusMessage)\s*\(|)"
                       R"(\bnew\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|)"
                       R"(QMenu|QTableWidgetItem|QListWidgetItem|QBarSet)\s*\()"
                       R"(([^;{}]*?))"
                       R"((?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1|QString)?\s*\(?\s*)"
                       R"("((?:[^"\\]|\\.)*)")"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        // Two lines at a time: a call and its literal are often split by clang-format.
        const QString chunk = lines.at(i) + (i + 1 < lines.size() ? QStringLiteral(" ") + lines.at(i + 1) : QString());
        auto matches = call.globalMatch(chunk);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            if (m.capturedStart() >= lines.at(i).size()) {
                continue; // starts on the next line: checked there
            }
            const QString between = m.captured(1);
            // The literal must be the text argument itself, not inside tr(...) or another call.
            if (between.contains(QLatin1String("tr(")) || between.contains(QLatin1String("translate(")) ||
                between.contains(QLatin1Char('(')) || between.contains(QLatin1Char('"'))) {
                continue;
            }
            const QString literal = QString(m.captured(2)).remove(tags);
            if (!word.match(literal).hasMatch()) {
                continue;
            }
            const QString line = lines.at(i) + lines.value(i + 1);
            if (line.contains(QLatin1String("// notr"))) {
                continue;
            }
            found << QStringLiteral("%1:%2: \"%3\"").arg(fileName).arg(i + 1).arg(m.captured(2));
        }
    }
    return found;
}

void TestTrEscapes::uiSourcesPassTextThroughTr()
{
    QStringList all;
    int files = 0;
    QDirIterator it(test::sourceDir() + QStringLiteral("/ui"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        all << escapes(QString::fromUtf8(file.readAll()), path.mid(test::sourceDir().size() + 1));
        ++files;
    }
    QVERIFY2(files > 20, "the ui sources were not found");
    QVERIFY2(all.isEmpty(), qPrintable(QStringLiteral("text for people outside tr():\n") + all.join(QLatin1Char('\n'))));
}

void TestTrEscapes::detectorCatchesAnEscape()
{
    // The check must be able to fail: each of these is an escape, each of the others is not.
    const QString bad = QStringLiteral("label->setText(QStringLiteral(\"Open the store\"));\n"
                                       "auto* b = new QPushButton(\"Delete\", this);\n"
                                       "box->addItem(QLatin1String(\"Minor\"), s);\n"
                                       "QMessageBox::warning(this, tr(\"Title\"),\n    QStringLiteral(\"Something failed\"));\n");
    QCOMPARE(escapes(bad, QStringLiteral("bad.cpp")).size(), 4);
    const QString good = QStringLiteral("label->setText(tr(\"Open the store\"));\n"
                                        "edit->setObjectName(QStringLiteral(\"searchField\"));\n"
                                        "label->setText(QStringLiteral(\"<p>\") + tr(\"Hello\"));\n"
                                        "axis->setLabelFormat(QStringLiteral(\"%d%\"));\n"
                                        "box->addItem(l.nativeName, l.code);\n"
                                        "b->setText(QStringLiteral(\"SA8000\")); // notr: the code's name\n");
    QCOMPARE(escapes(good, QStringLiteral("good.cpp")), QStringList());
}

QTEST_GUILESS_MAIN(TestTrEscapes)
#include "TestTrEscapes.moc"
