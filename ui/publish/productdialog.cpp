// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/productdialog.h"

#include "ui/publish/dialogbuttons.h"
#include "ui/publish/productchoicemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

// API Management refuses longer rate-limit windows.
constexpr int kMaxRatePeriod = 300;

QSpinBox *makeSpin(const QString &objectName, const QString &accessibleName, int max, const QString &suffix,
                   QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, max);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(ProductDialog::tr("none"));
    return spin;
}

QLabel *buddyLabel(const QString &text, const QString &objectName, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ProductDialog::ProductDialog(const QList<client::ProductChoice> &apis, const QList<client::Product> &others,
                             QWidget *parent)
    : QDialog(parent)
    , m_others(others)
    , m_apis(new ProductChoiceModel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_approvalCheck(new QCheckBox(tr("Subscribing needs an administrator's a&pproval"), this))
    , m_rateCallsSpin(makeSpin(u"rateLimitCallsSpinBox"_s, tr("Rate limit calls"), 1'000'000, tr(" calls"), this))
    , m_ratePeriodSpin(makeSpin(u"rateLimitPeriodSpinBox"_s, tr("Rate limit renewal period"), 100'000, tr(" s"), this))
    , m_quotaCallsSpin(makeSpin(u"quotaCallsSpinBox"_s, tr("Quota calls"), 100'000'000, tr(" calls"), this))
    , m_quotaPeriodSpin(makeSpin(u"quotaPeriodSpinBox"_s, tr("Quota renewal period"), 31'536'000, tr(" s"), this))
    , m_apisView(new QListView(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"productDialog"_s);
    setWindowTitle(tr("Add Product"));
    setAccessibleName(tr("Product"));

    m_nameEdit->setObjectName(u"productNameLineEdit"_s);
    m_nameEdit->setAccessibleName(tr("Product name"));
    m_descriptionEdit->setObjectName(u"productDescriptionTextEdit"_s);
    m_descriptionEdit->setAccessibleName(tr("Product description"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 4);
    m_approvalCheck->setObjectName(u"approvalRequiredCheckBox"_s);
    m_approvalCheck->setAccessibleName(tr("Approval required"));
    m_apisView->setObjectName(u"productApisListView"_s);
    m_apisView->setAccessibleName(tr("APIs in the product"));
    m_apisView->setModel(m_apis);
    m_apisView->setMaximumHeight(m_apisView->fontMetrics().lineSpacing() * 6);
    m_apis->setChoices(apis, {});

    auto pair = [this](QSpinBox *calls, QSpinBox *period, const QString &name) {
        auto *w = new QWidget(this);
        w->setObjectName(name);
        auto *row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(calls);
        auto *per = new QLabel(tr("per"), w);
        per->setObjectName(name + u"PerLabel"_s);
        per->setBuddy(period);
        row->addWidget(per);
        row->addWidget(period);
        row->addStretch();
        return w;
    };

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Name:"), u"productNameLabel"_s, m_nameEdit, this), m_nameEdit);
    form->addRow(buddyLabel(tr("&Description:"), u"productDescriptionLabel"_s, m_descriptionEdit, this),
                 m_descriptionEdit);
    form->addRow(QString(), m_approvalCheck);
    form->addRow(buddyLabel(tr("&Rate limit:"), u"rateLimitLabel"_s, m_rateCallsSpin, this),
                 pair(m_rateCallsSpin, m_ratePeriodSpin, u"rateLimitWidget"_s));
    form->addRow(buddyLabel(tr("&Quota:"), u"quotaLabel"_s, m_quotaCallsSpin, this),
                 pair(m_quotaCallsSpin, m_quotaPeriodSpin, u"quotaWidget"_s));
    form->addRow(buddyLabel(tr("&APIs:"), u"productApisLabel"_s, m_apisView, this), m_apisView);

    m_problemLabel->setObjectName(u"productProblemLabel"_s);
    m_problemLabel->setAccessibleName(tr("Why the product cannot be saved yet"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addProblemAndButtons(this, layout, m_problemLabel, m_buttons, u"product"_s, u"saveProductButton"_s,
                         tr("Save product"));

    connect(m_nameEdit, &QLineEdit::textChanged, this, &ProductDialog::validate);
    for (QSpinBox *spin : {m_rateCallsSpin, m_ratePeriodSpin, m_quotaCallsSpin, m_quotaPeriodSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ProductDialog::validate);
    validate();
}

void ProductDialog::setProduct(const client::Product &product)
{
    m_original = product;
    m_editing = true;
    setWindowTitle(tr("Edit Product"));
    m_others.removeIf([&](const client::Product &p) { return p.id == product.id; });
    m_nameEdit->setText(product.name);
    m_descriptionEdit->setPlainText(product.description);
    m_approvalCheck->setChecked(product.approvalRequired);
    m_rateCallsSpin->setValue(product.rateLimit.calls);
    m_ratePeriodSpin->setValue(product.rateLimit.renewalPeriod);
    m_quotaCallsSpin->setValue(product.quota.calls);
    m_quotaPeriodSpin->setValue(product.quota.renewalPeriod);
    QList<client::ProductChoice> apis;
    for (int row = 0; row < m_apis->rowCount(); ++row) {
        const QModelIndex i = m_apis->index(row);
        apis.append({i.data(ProductChoiceModel::IdRole).toString(), i.data().toString()});
    }
    m_apis->setChoices(apis, product.apiIds);
    validate();
}

client::Product ProductDialog::product() const
{
    client::Product p = m_original;
    p.name = m_nameEdit->text().trimmed();
    p.description = m_descriptionEdit->toPlainText().trimmed();
    p.approvalRequired = m_approvalCheck->isChecked();
    p.rateLimit = {m_rateCallsSpin->value(), m_ratePeriodSpin->value()};
    p.quota = {m_quotaCallsSpin->value(), m_quotaPeriodSpin->value()};
    p.apiIds = m_apis->checkedIds();
    if (!m_editing) {
        p.id = client::idFromName(p.name);
        const QString base = p.id;
        for (int n = 2;
             std::any_of(m_others.cbegin(), m_others.cend(), [&](const client::Product &o) { return o.id == p.id; });
             ++n)
            p.id = base + u'-' + QString::number(n);
    }
    return p;
}

QString ProductDialog::problem() const
{
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter the product's name.");
    if ((m_rateCallsSpin->value() > 0) != (m_ratePeriodSpin->value() > 0))
        return tr("A rate limit needs both a number of calls and a renewal period, or neither.");
    if (m_ratePeriodSpin->value() > kMaxRatePeriod)
        return tr("A rate limit's renewal period is at most %1 s; use a quota for longer periods.").arg(kMaxRatePeriod);
    if ((m_quotaCallsSpin->value() > 0) != (m_quotaPeriodSpin->value() > 0))
        return tr("A quota needs both a number of calls and a renewal period, or neither.");
    return {};
}

void ProductDialog::validate()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace portico::ui
