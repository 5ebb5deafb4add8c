#pragma once
// The strip at the top of the window that says which service the selected profile talks to:
// unmistakable for production (red with an orange edge, "PRODUCTION — user.telematicssdk.com"),
// calm for the local sandbox, brown for a custom URL, and quiet when no profile is selected.
#include "core/profiles/Profile.h"

#include <QFrame>

class QLabel;

namespace tc {

class EnvironmentBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Look { None, Production, Sandbox, Custom };

    explicit EnvironmentBanner(QWidget *parent = nullptr);

    // `url`: the URL the profile resolves to now (the sandbox's changes per run).
    void setProfile(const Profile &profile, const QUrl &url);
    void clear();

    Look look() const { return m_look; }
    QString text() const;

    static QString productionText();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void apply();

    Look m_look = Look::None;
    QLabel *m_label;
    QLabel *m_detail;
};

} // namespace tc
