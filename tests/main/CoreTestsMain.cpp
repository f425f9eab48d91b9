// fieldbook_core_tests: the store and core test classes (no widgets), one class per run.
#include "support/TestRegistry.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    return fieldbook::test::runRegisteredTest(
        argc, argv, [](int& count, char** args, bool needsGui) -> std::unique_ptr<QCoreApplication> {
            // Classes that paint (the PDF report) need a QGuiApplication for fonts, as QTEST_MAIN gives.
            if (needsGui) {
                QGuiApplication::setAttribute(Qt::AA_Use96Dpi, true);
                return std::make_unique<QGuiApplication>(count, args);
            }
            return std::make_unique<QCoreApplication>(count, args);
        });
}
