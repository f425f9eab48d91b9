#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QTest>
#include <functional>
#include <map>
#include <memory>

// The test classes are built into two programs (core and GUI) instead of one program each: on
// two cores, 63 separate executables spent more time in moc, the generated files and linking
// than in compiling the tests. ctest still runs one class per process, so each keeps the
// isolation it had: `fieldbook_core_tests TestStore [QtTest options]`.
namespace fieldbook::test {

struct RegisteredTest
{
    std::function<std::unique_ptr<QObject>()> create;
    bool needsGui = false; // QTEST_MAIN's (Gui)Application rather than QTEST_GUILESS_MAIN's core one
};

std::map<QByteArray, RegisteredTest>& testRegistry();
bool registerTest(const char* name, RegisteredTest test);

// The application object a program gives a class: argc must outlive it, as Qt keeps a reference.
using ApplicationFactory = std::function<std::unique_ptr<QCoreApplication>(int& argc, char** argv, bool needsGui)>;

// Runs the class named by argv[1] with the rest of the arguments, as QTEST_MAIN would; lists the
// classes when argv[1] names none.
int runRegisteredTest(int argc, char** argv, const ApplicationFactory& makeApplication);

} // namespace fieldbook::test

// In place of QTEST_MAIN / QTEST_GUILESS_MAIN at the end of a test file.
#define FIELDBOOK_TEST_REGISTER(TestClass, gui)                                                                        \
    static const bool TestClass##Registered = fieldbook::test::registerTest(                                           \
        #TestClass, {[] { return std::unique_ptr<QObject>(std::make_unique<TestClass>()); }, gui});
#define FIELDBOOK_TEST_MAIN(TestClass) FIELDBOOK_TEST_REGISTER(TestClass, true)
#define FIELDBOOK_TEST_GUILESS_MAIN(TestClass) FIELDBOOK_TEST_REGISTER(TestClass, false)
