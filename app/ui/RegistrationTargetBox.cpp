#include "ui/RegistrationTargetBox.h"

#include "core/services/RegistrationService.h"
#include "ui/Colors.h"
#include "ui/WheelGuard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tc {

RegistrationTargetBox::RegistrationTargetBox(RegistrationService *service, QWidget *parent)
    : QGroupBox(tr("Registers into"), parent), m_service(service), m_picker(new QComboBox(this)),
      m_new(new QPushButton(tr("&New group-key profile…"), this)), m_description(new QLabel(this))
{
    setObjectName(u"RegistrationTarget"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout();
    auto *label = new QLabel(tr("&Group-key profile"), this);
    label->setBuddy(m_picker);
    m_picker->setObjectName(u"TargetPicker"_s);
    m_picker->setAccessibleName(tr("Group-key profile to register into"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    WheelGuard::install(m_picker);
    m_new->setObjectName(u"NewGroupKey"_s);
    row->addWidget(label);
    row->addWidget(m_picker, 1);
    row->addWidget(m_new);
    layout->addLayout(row);
    m_description->setObjectName(u"TargetDescription"_s);
    // No accessible name: a screen reader reads the sentence itself ("Registers into group …").
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAutoFillBackground(true);
    m_description->setMargin(4);
    layout->addWidget(m_description);

    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const QString name = m_picker->itemData(index).toString();
        if (!name.isEmpty())
            Q_EMIT targetPicked(name);
    });
    connect(m_new, &QPushButton::clicked, this, &RegistrationTargetBox::newGroupKeyRequested);
    reloadProfiles();
    apply();
}

void RegistrationTargetBox::reloadProfiles()
{
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    m_picker->addItem(tr("(none)"), QString());
    const QList<RegistrationTarget> all = m_service->targets();
    for (const RegistrationTarget &t : all)
        m_picker->addItem(t.profileName, t.profileName);
    m_picker->setCurrentIndex(m_target ? std::max(0, m_picker->findData(m_target->profileName)) : 0);
}

void RegistrationTargetBox::setTarget(const std::optional<RegistrationTarget> &target, const QString &why)
{
    m_target = target && target->isValid() ? target : std::nullopt;
    m_why = why;
    reloadProfiles();
    apply();
    Q_EMIT changed();
}

QString RegistrationTargetBox::problem() const
{
    if (m_target)
        return {};
    return m_why.isEmpty() ? tr("Pick the group-key profile to register into, or create one.") : m_why;
}

QString RegistrationTargetBox::description() const
{
    return m_description->text();
}

void RegistrationTargetBox::apply()
{
    QPalette pal = palette();
    if (!m_target) {
        m_description->setText(problem());
        pal.setColor(QPalette::Window, Colors::tint(pal, Colors::amber(), 0.25));
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    } else {
        m_description->setText(m_target->describe() + u'\n'
                               + tr("Group-key profile “%1”; its InstanceKEY is read from the keychain when you "
                                    "register and is sent only to %2.")
                                         .arg(m_target->profileName, m_target->host()));
        if (m_target->isProduction()) {
            pal.setColor(QPalette::Window, Colors::productionBackground());
            pal.setColor(QPalette::WindowText, Colors::productionForeground());
        } else if (m_target->environment == ProfileEnvironment::Sandbox) {
            pal.setColor(QPalette::Window, Colors::tint(palette(), Colors::green(), 0.22));
            pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        } else {
            pal.setColor(QPalette::Window, Colors::customBackground());
            pal.setColor(QPalette::WindowText, Colors::customForeground());
        }
    }
    QFont f = m_description->font();
    f.setBold(m_target && m_target->isProduction());
    m_description->setFont(f);
    m_description->setPalette(pal);
}

} // namespace tc
