#pragma once
// The console's main window. For now it frames the work area and reports, in the status
// bar, where the embedded sandbox listens.

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace portico::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showSandboxStarting();
    void showSandboxReady(const QUrl &gateway, const QUrl &service);
    void showSandboxFailed(const QString &message);
    void showSandboxDisabled();

private:
    QLabel *m_sandboxStatus;
};

} // namespace portico::ui
