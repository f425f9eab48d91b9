#include "support/TestRegistry.h"

#include <cstdio>
#include <vector>

namespace fieldbook::test {

std::map<QByteArray, RegisteredTest>& testRegistry()
{
    // A function-local static: registrations run during static initialisation, in any order.
    static std::map<QByteArray, RegisteredTest> registry;
    return registry;
}

bool registerTest(const char* name, RegisteredTest test)
{
    return testRegistry().emplace(QByteArray(name), std::move(test)).second;
}

int runRegisteredTest(int argc, char** argv, const ApplicationFactory& makeApplication)
{
    const auto& registry = testRegistry();
    const auto found = argc > 1 ? registry.find(QByteArray(argv[1])) : registry.end();
    if (found == registry.end()) {
        std::fprintf(stderr, "usage: %s TestClass [Qt Test options]\ntest classes:\n", argv[0]);
        for (const auto& entry : registry) {
            std::fprintf(stderr, "  %s\n", entry.first.constData());
        }
        return 2;
    }
    std::vector<char*> args{argv[0]};
    args.insert(args.end(), argv + 2, argv + argc);
    int count = int(args.size());
    args.push_back(nullptr);
    std::unique_ptr<QCoreApplication> app = makeApplication(count, args.data(), found->second.needsGui);
    // Named after the class, as its own executable was: QStandardPaths' test mode and QSettings
    // then give every class its own folders, so no class sees another's settings or files.
    QCoreApplication::setApplicationName(QString::fromLatin1(found->first));
    std::unique_ptr<QObject> test = found->second.create();
    const int result = QTest::qExec(test.get(), count, args.data());
    test.reset(); // the test object goes before the application, as in QTEST_MAIN
    return result;
}

} // namespace fieldbook::test
