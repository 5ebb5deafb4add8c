#include "ui/RegisterGroupBox.h"

#include "ui/SecretEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(u"color: #b00020;"_s);
    l->setWordWrap(true);
    l->hide();
    return l;
}
} // namespace

RegisterGroupBox::RegisterGroupBox(QWidget *parent) : QGroupBox(tr("User group"), parent)
{
    auto *form = new QFormLayout(this);
    m_id = new QLineEdit(this);
    m_id->setObjectName(u"InstanceId"_s);
    m_id->setPlaceholderText(tr("the group's InstanceId"));
    m_id->setAccessibleName(tr("Group InstanceId"));
    m_key = new SecretEdit(this);
    m_key->setObjectName(u"InstanceKey"_s);
    m_key->setPlaceholderText(tr("the group's InstanceKey (a secret)"));
    m_key->setAccessibleName(tr("Group InstanceKey"));
    m_idError = errorLabel(this);
    m_keyError = errorLabel(this);
    form->addRow(tr("InstanceId"), m_id);
    form->addRow(QString(), m_idError);
    form->addRow(tr("InstanceKey"), m_key);
    form->addRow(QString(), m_keyError);
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        m_idError->hide();
        Q_EMIT changed();
    });
    connect(m_key, &SecretEdit::textChanged, this, [this] {
        m_keyError->hide();
        Q_EMIT changed();
    });
}

void RegisterGroupBox::setGroup(const QString &instanceId, const QString &instanceKey)
{
    m_id->setText(instanceId);
    m_key->setText(instanceKey);
}

QString RegisterGroupBox::instanceId() const
{
    return m_id->text().trimmed();
}

QString RegisterGroupBox::instanceKey() const
{
    return m_key->text();
}

QString RegisterGroupBox::problem() const
{
    if (instanceId().isEmpty())
        return tr("Give the group's InstanceId.");
    if (instanceKey().isEmpty())
        return tr("Give the group's InstanceKey.");
    return {};
}

void RegisterGroupBox::showError(const QString &field, const QString &message)
{
    QLabel *l = field.compare(u"InstanceKey"_s, Qt::CaseInsensitive) == 0 ? m_keyError : m_idError;
    l->setText(message);
    l->show();
}

void RegisterGroupBox::clearErrors()
{
    m_idError->hide();
    m_keyError->hide();
}

} // namespace tc
