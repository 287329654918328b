// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/apidialog.h"

#include "ui/publish/dialogbuttons.h"
#include "ui/publish/productchoicemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QString normalizedSuffix(const QString &suffix)
{
    return suffix.split(u'/', Qt::SkipEmptyParts).join(u'/');
}

QLabel *buddyLabel(const QString &text, const QString &objectName, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setBuddy(buddy);
    return label;
}

} // namespace

QString urlSuffixProblem(const QString &suffix)
{
    const QString trimmed = suffix.trimmed();
    if (trimmed.isEmpty())
        return ApiDialog::tr("Enter the Web API URL suffix, the path the API gets on the gateway.");
    // Unreserved URL characters only, so the suffix reads the same before and after encoding.
    static const QRegularExpression allowed(u"^/?[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*/?$"_s);
    if (!allowed.match(trimmed).hasMatch())
        return ApiDialog::tr("The URL suffix may hold only letters, digits, '-', '.', '_' and '~', in "
                             "segments separated by single '/'.");
    return {};
}

ApiDialog::ApiDialog(const QList<client::Api> &others, const QList<client::ProductChoice> &products, QWidget *parent)
    : QDialog(parent)
    , m_others(others)
    , m_products(new ProductChoiceModel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_serviceUrlEdit(new QLineEdit(this))
    , m_suffixEdit(new QLineEdit(this))
    , m_httpCheck(new QCheckBox(tr("HTT&P"), this))
    , m_httpsCheck(new QCheckBox(tr("HTTP&S"), this))
    , m_productsView(new QListView(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"apiDialog"_s);
    setWindowTitle(tr("Add API"));
    setAccessibleName(tr("API"));

    m_nameEdit->setObjectName(u"apiNameLineEdit"_s);
    m_nameEdit->setAccessibleName(tr("Web API name"));
    m_nameEdit->setPlaceholderText(tr("AzureML Demo API"));
    m_serviceUrlEdit->setObjectName(u"serviceUrlLineEdit"_s);
    m_serviceUrlEdit->setAccessibleName(tr("Web service URL"));
    m_serviceUrlEdit->setPlaceholderText(tr("https://ussouthcentral.services.azureml.net"));
    m_suffixEdit->setObjectName(u"urlSuffixLineEdit"_s);
    m_suffixEdit->setAccessibleName(tr("Web API URL suffix"));
    m_suffixEdit->setPlaceholderText(tr("azureml-demo"));
    m_httpCheck->setObjectName(u"httpSchemeCheckBox"_s);
    m_httpCheck->setAccessibleName(tr("HTTP scheme"));
    m_httpsCheck->setObjectName(u"httpsSchemeCheckBox"_s);
    m_httpsCheck->setAccessibleName(tr("HTTPS scheme"));
    m_httpsCheck->setChecked(true);
    m_productsView->setObjectName(u"productsListView"_s);
    m_productsView->setAccessibleName(tr("Products"));
    m_productsView->setModel(m_products);
    m_productsView->setMaximumHeight(m_productsView->fontMetrics().lineSpacing() * 6);
    m_products->setChoices(products, {});

    auto *schemes = new QWidget(this);
    schemes->setObjectName(u"schemesWidget"_s);
    auto *schemesLayout = new QHBoxLayout(schemes);
    schemesLayout->setContentsMargins(0, 0, 0, 0);
    schemesLayout->addWidget(m_httpCheck);
    schemesLayout->addWidget(m_httpsCheck);
    schemesLayout->addStretch();

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Web API &name:"), u"apiNameLabel"_s, m_nameEdit, this), m_nameEdit);
    form->addRow(buddyLabel(tr("Web &service URL:"), u"serviceUrlLabel"_s, m_serviceUrlEdit, this), m_serviceUrlEdit);
    form->addRow(buddyLabel(tr("Web API &URL suffix:"), u"urlSuffixLabel"_s, m_suffixEdit, this), m_suffixEdit);
    form->addRow(buddyLabel(tr("Web API URL scheme:"), u"schemeLabel"_s, m_httpCheck, this), schemes);
    form->addRow(buddyLabel(tr("P&roducts:"), u"productsLabel"_s, m_productsView, this), m_productsView);

    m_problemLabel->setObjectName(u"apiProblemLabel"_s);
    m_problemLabel->setAccessibleName(tr("Why the API cannot be saved yet"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addProblemAndButtons(this, layout, m_problemLabel, m_buttons, u"api"_s, u"saveApiButton"_s, tr("Save API"));

    for (QLineEdit *edit : {m_nameEdit, m_serviceUrlEdit, m_suffixEdit})
        connect(edit, &QLineEdit::textChanged, this, &ApiDialog::validate);
    for (QCheckBox *check : {m_httpCheck, m_httpsCheck})
        connect(check, &QCheckBox::toggled, this, &ApiDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

void ApiDialog::setApi(const client::Api &api, const QStringList &productIds)
{
    m_original = api;
    m_editing = true;
    setWindowTitle(tr("Edit API"));
    m_others.removeIf([&](const client::Api &a) { return a.id == api.id; });
    m_nameEdit->setText(api.name);
    m_serviceUrlEdit->setText(api.serviceUrl);
    m_suffixEdit->setText(api.path);
    m_httpCheck->setChecked(api.schemes.contains(u"http"_s));
    m_httpsCheck->setChecked(api.schemes.contains(u"https"_s));
    QList<client::ProductChoice> choices;
    for (int row = 0; row < m_products->rowCount(); ++row) {
        const QModelIndex i = m_products->index(row);
        choices.append({i.data(ProductChoiceModel::IdRole).toString(), i.data().toString()});
    }
    m_products->setChoices(choices, productIds);
    validate();
}

client::Api ApiDialog::api() const
{
    client::Api api = m_original;
    api.name = m_nameEdit->text().trimmed();
    api.serviceUrl = m_serviceUrlEdit->text().trimmed();
    api.path = normalizedSuffix(m_suffixEdit->text().trimmed());
    api.schemes.clear();
    if (m_httpCheck->isChecked())
        api.schemes.append(u"http"_s);
    if (m_httpsCheck->isChecked())
        api.schemes.append(u"https"_s);
    if (!m_editing) {
        api.id = client::idFromName(api.path.isEmpty() ? api.name : api.path);
        const QString base = api.id;
        for (int n = 2;
             std::any_of(m_others.cbegin(), m_others.cend(), [&](const client::Api &a) { return a.id == api.id; }); ++n)
            api.id = base + u'-' + QString::number(n);
    }
    return api;
}

QStringList ApiDialog::productIds() const
{
    return m_products->checkedIds();
}

QString ApiDialog::problem() const
{
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter the Web API name.");
    const QString service = m_serviceUrlEdit->text().trimmed();
    if (service.isEmpty())
        return tr("Enter the Web service URL, where the gateway forwards calls.");
    const QUrl url(service, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return tr("The Web service URL must be an absolute http:// or https:// address.");
    const QString suffixProblem = urlSuffixProblem(m_suffixEdit->text());
    if (!suffixProblem.isEmpty())
        return suffixProblem;
    const QString suffix = normalizedSuffix(m_suffixEdit->text().trimmed());
    for (const client::Api &other : m_others) {
        if (normalizedSuffix(other.path).compare(suffix, Qt::CaseInsensitive) == 0)
            return tr("The URL suffix “%1” is already used by the API “%2”.").arg(suffix, other.name);
    }
    if (!m_httpCheck->isChecked() && !m_httpsCheck->isChecked())
        return tr("Choose at least one URL scheme.");
    return {};
}

void ApiDialog::validate()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace portico::ui
