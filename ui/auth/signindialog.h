// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Microsoft Entra device-code sign-in as the user sees it: the code and the address to
// enter it at, each with a Copy button, a count-down to the code's end, progress while the
// console waits for the browser, and the reason when it fails, with Try again.

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace portico::client::auth {
class AuthClock;
class DeviceCodeSignIn;
} // namespace portico::client::auth

namespace portico::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // The sign-in is not owned. clock: null for the system clock (tests pass their own).
    explicit SignInDialog(client::auth::DeviceCodeSignIn *signIn, client::auth::AuthClock *clock = nullptr,
                          QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Asks for a code; the dialog accepts itself once the sign-in holds.
    void start();
    // "m:ss" left on the code, as the count-down shows it.
    QString remainingText() const;

    void reject() override;

private:
    void showCode();
    void showFailure(const QString &message);
    void updateCountdown();
    void setWaiting(bool waiting, const QString &status);

    client::auth::DeviceCodeSignIn *m_signIn;
    client::auth::AuthClock *m_clock;
    QLabel *m_intro;
    QLabel *m_url;
    QPushButton *m_copyUrl;
    QLabel *m_code;
    QPushButton *m_copyCode;
    QLabel *m_countdown;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QTimer *m_tick;
};

} // namespace portico::ui
