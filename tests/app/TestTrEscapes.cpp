#include "support/TestRegistry.h"
#include "support/TestSupport.h"

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
    // The calls that show text to people; each one's arguments are read to its closing parenthesis.
    static const QRegularExpression call(QStringLiteral(
        "(?:\\b(?:setText|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setWindowTitle|setTitle|"
        "setSubTitle|setSpecialValueText|setSuffix|setPrefix|setLabelText|addItem|insertItem|addAction|addMenu|"
        "addTab|insertTab|setTabText|setAccessibleName|showMessage|setHorizontalHeaderLabels|"
        "setVerticalHeaderLabels|setHeaderLabels|information|warning|critical|question|about|getText|"
        "getSaveFileName|getOpenFileName|getOpenFileNames|getExistingDirectory|showStatusMessage|addRow)|"
        "\\bnew\\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|QMenu|"
        "QTableWidgetItem|QListWidgetItem|QBarSet))\\s*\\("));
    // A literal directly in the arguments, or wrapped only in one of these, is shown as it is.
    static const QStringList wrappers = {QStringLiteral("QStringLiteral"), QStringLiteral("QLatin1String"),
                                         QStringLiteral("QString"), QStringLiteral("QString::fromUtf8"),
                                         QStringLiteral("QString::fromLatin1")};
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (auto matches = call.globalMatch(source); matches.hasNext();) {
        const QRegularExpressionMatch m = matches.next();
        // Message boxes, input and file dialogs take the parent first and text after it; the others
        // take their text first (addItem's second argument is the item's data, not text).
        static const QRegularExpression anyArgument(
            QStringLiteral("information|warning|critical|question|about|getText|getSaveFileName|getOpenFileName|"
                           "getExistingDirectory|showStatusMessage|HeaderLabels"));
        const bool allArguments = anyArgument.match(m.captured(0)).hasMatch();
        QStringList open; // calls opened inside the arguments, innermost last
        int argument = 0;
        for (qsizetype i = m.capturedEnd(); i < source.size(); ++i) {
            const QChar c = source.at(i);
            if (c == QLatin1Char(';')) {
                break;
            }
            if (c == QLatin1Char(',') && open.isEmpty()) {
                ++argument;
            }
            if (c == QLatin1Char('(')) {
                qsizetype start = i;
                while (start > 0 &&
                       (source.at(start - 1).isLetterOrNumber() || source.at(start - 1) == QLatin1Char('_') ||
                        source.at(start - 1) == QLatin1Char(':'))) {
                    --start;
                }
                open << source.mid(start, i - start);
            } else if (c == QLatin1Char(')')) {
                if (open.isEmpty()) {
                    break; // the end of the call
                }
                open.removeLast();
            } else if (c == QLatin1Char('"')) {
                qsizetype end = i + 1;
                while (end < source.size() && source.at(end) != QLatin1Char('"')) {
                    end += source.at(end) == QLatin1Char('\\') ? 2 : 1;
                }
                const QString literal = source.mid(i + 1, end - i - 1);
                const bool shownAsIs = (open.isEmpty() || (open.size() == 1 && wrappers.contains(open.first()))) &&
                                       (allArguments || argument == 0);
                const int line = int(source.left(i).count(QLatin1Char('\n')));
                const QString lineText = source.section(QLatin1Char('\n'), line, line);
                if (shownAsIs && word.match(QString(literal).remove(tags)).hasMatch() &&
                    !lineText.contains(QLatin1String("// notr"))) {
                    found << QStringLiteral("%1:%2: \"%3\"").arg(fileName).arg(line + 1).arg(literal);
                }
                i = end;
            }
        }
    }
    found.removeDuplicates();
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
    QVERIFY2(all.isEmpty(),
             qPrintable(QStringLiteral("text for people outside tr():\n") + all.join(QLatin1Char('\n'))));
}

void TestTrEscapes::detectorCatchesAnEscape()
{
    // The check must be able to fail: each of these is an escape, each of the others is not.
    const QString bad =
        QStringLiteral("label->setText(QStringLiteral(\"Open the store\"));\n"
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

FIELDBOOK_TEST_GUILESS_MAIN(TestTrEscapes)
#include "TestTrEscapes.moc"
