// Catch2 entry point with a QCoreApplication-compatible application object, so tests
// can run event loops. Widget tests create their own QApplication (see tests/client).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef CORDIAL_TEST_WIDGETS
#include <QApplication>
#endif
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // A QApplication works for widget tests and non-GUI tests alike under
    // QT_QPA_PLATFORM=offscreen; fall back to QCoreApplication when widgets are absent.
#ifdef CORDIAL_TEST_WIDGETS
    // Widget tests never need a display; CTest's test discovery runs them without
    // the environment the tests themselves get.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    // Settings (columns per user, remembered logins) in a directory of this process:
    // CTest runs test cases in parallel, and a test clearing the user's settings file
    // must not clear them under another process.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 2;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
