#include "app/core/AppPaths.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    fieldbook::AppPaths::initialiseApplication();
    QMainWindow window;
    window.show();
    return app.exec();
}
