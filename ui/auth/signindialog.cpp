// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/auth/signindialog.h"

#include "client/auth/authclock.h"
#include "client/auth/devicecodesignin.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using portico::client::auth::AuthClock;
using portico::client::auth::DeviceCodeSignIn;

namespace portico::ui {

SignInDialog::SignInDialog(DeviceCodeSignIn *signIn, AuthClock *clock, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_clock(clock ? clock : AuthClock::system())
    , m_intro(new QLabel(this))
    , m_url(new QLabel(this))
    , m_copyUrl(new QPushButton(tr("Copy address"), this))
    , m_code(new QLabel(this))
    , m_copyCode(new QPushButton(tr("Copy code"), this))
    , m_countdown(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to Microsoft Entra ID"));
    setAccessibleName(tr("Sign in to Microsoft Entra ID"));

    m_intro->setObjectName(u"signInIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Open the address below in a browser on any device and enter the code. This window "
                        "closes by itself once you have signed in."));
    m_intro->setAccessibleName(tr("Instructions"));
    m_url->setObjectName(u"verificationUrlLabel"_s);
    m_url->setTextFormat(Qt::PlainText);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_url->setAccessibleName(tr("Sign-in address"));
    m_copyUrl->setObjectName(u"copyUrlButton"_s);
    m_copyUrl->setAccessibleName(tr("Copy the sign-in address"));
    m_code->setObjectName(u"userCodeLabel"_s);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.8);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setAccessibleName(tr("Code"));
    m_copyCode->setObjectName(u"copyCodeButton"_s);
    m_copyCode->setAccessibleName(tr("Copy the code"));
    m_countdown->setObjectName(u"countdownLabel"_s);
    m_countdown->setAccessibleName(tr("Time left"));
    m_progress->setObjectName(u"signInProgressBar"_s);
    m_progress->setRange(0, 0); // busy: the browser decides when
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Waiting for the sign-in"));
    m_status->setObjectName(u"signInStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_error->setObjectName(u"signInErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    m_retry->setObjectName(u"retrySignInButton"_s);
    m_retry->setAccessibleName(tr("Try the sign-in again"));
    m_retry->hide();
    m_cancel->setObjectName(u"cancelSignInButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Address:"), this), 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(m_copyUrl, 0, 2);
    grid->addWidget(new QLabel(tr("Code:"), this), 1, 0);
    grid->addWidget(m_code, 1, 1);
    grid->addWidget(m_copyCode, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_countdown);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_copyUrl, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_code->text()); });
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &SignInDialog::start);
    connect(m_tick, &QTimer::timeout, this, &SignInDialog::updateCountdown);
    m_tick->setInterval(1000);
    connect(m_signIn, &DeviceCodeSignIn::userCodeReady, this, &SignInDialog::showCode);
    connect(m_signIn, &DeviceCodeSignIn::signInFailed, this, &SignInDialog::showFailure);
    connect(m_signIn, &DeviceCodeSignIn::signInSucceeded, this, [this] {
        m_tick->stop();
        accept();
    });
    connect(m_signIn, &DeviceCodeSignIn::pollIntervalChanged, this, [this](int seconds) {
        setWaiting(true,
                   tr("Waiting for the sign-in in the browser (the server asked to check every %1 seconds)…").arg(seconds));
    });

    m_copyUrl->setEnabled(false);
    m_copyCode->setEnabled(false);
    setMinimumWidth(480);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::start()
{
    m_error->hide();
    m_retry->hide();
    m_url->clear();
    m_code->clear();
    m_countdown->clear();
    m_copyUrl->setEnabled(false);
    m_copyCode->setEnabled(false);
    setWaiting(true, tr("Asking Microsoft Entra ID for a code…"));
    m_signIn->signIn();
}

void SignInDialog::showCode()
{
    const DeviceCodeSignIn::UserCode code = m_signIn->userCode();
    m_url->setText(code.verificationUri.toString());
    m_code->setText(code.userCode);
    m_copyUrl->setEnabled(true);
    m_copyCode->setEnabled(true);
    setWaiting(true, tr("Waiting for the sign-in in the browser…"));
    updateCountdown();
    m_tick->start();
}

QString SignInDialog::remainingText() const
{
    const qint64 left = qMax<qint64>(0, m_clock->now().secsTo(m_signIn->userCode().expiresOn));
    return u"%1:%2"_s.arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

void SignInDialog::updateCountdown()
{
    if (!m_signIn->isSigningIn() || m_code->text().isEmpty())
        return;
    m_countdown->setText(tr("The code expires in %1.").arg(remainingText()));
}

void SignInDialog::showFailure(const QString &message)
{
    m_tick->stop();
    setWaiting(false, QString());
    m_countdown->clear();
    m_copyCode->setEnabled(false);
    m_error->setText(message);
    m_error->show();
    m_retry->show();
    m_cancel->setText(tr("Close"));
}

void SignInDialog::setWaiting(bool waiting, const QString &status)
{
    m_progress->setVisible(waiting);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (waiting)
        m_cancel->setText(tr("Cancel"));
}

void SignInDialog::reject()
{
    m_tick->stop();
    if (m_signIn->isSigningIn())
        m_signIn->cancel();
    QDialog::reject();
}

} // namespace portico::ui
