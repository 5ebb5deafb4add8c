#pragma once
// Where the registration pages register into, in words and in the environment's colour:
// "Registers into group 5dd0a1b2… at user.telematicssdk.com — PRODUCTION". A picker lists the
// group-key profiles; with none for the selected service the box says so and offers to create
// one. The group's InstanceKEY never passes through here: RegistrationService reads it from the
// chosen profile's keychain entry when a request is sent.
#include "core/registration/RegistrationTarget.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace tc {

class RegistrationService;

class RegistrationTargetBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit RegistrationTargetBox(RegistrationService *service, QWidget *parent = nullptr);

    // The target to show; none: `why` says what is missing (e.g. no group-key profile for the
    // selected service).
    void setTarget(const std::optional<RegistrationTarget> &target, const QString &why = {});
    std::optional<RegistrationTarget> target() const { return m_target; }
    // "" when there is a target, else what to do.
    QString problem() const;
    QString description() const;
    // Reloads the picker's list of group-key profiles (profiles were added or removed).
    void reloadProfiles();

    QComboBox *picker() const { return m_picker; }
    QPushButton *newButton() const { return m_new; }

Q_SIGNALS:
    // The person picked another group-key profile.
    void targetPicked(const QString &groupProfileName);
    void newGroupKeyRequested();
    void changed();

private:
    void apply();

    RegistrationService *m_service;
    QComboBox *m_picker;
    QPushButton *m_new;
    QLabel *m_description;
    std::optional<RegistrationTarget> m_target;
    QString m_why;
};

} // namespace tc
