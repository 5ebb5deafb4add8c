#include "ui/TokenPanel.h"

#include "core/auth/OpenSessions.h"
#include "ui/TokenCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tc {

TokenPanel::TokenPanel(OpenSessions *sessions, const Clock *clock, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent), m_sessions(sessions), m_clock(clock), m_clipboard(clipboard), m_content(new QWidget),
      m_grid(new QGridLayout(m_content)), m_empty(new QLabel(this))
{
    setAccessibleName(tr("Sessions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setText(tr("No session yet. Select a profile on the left and press Log in (Ctrl+L)."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // columns follow the width instead
    // No Tab stop of its own (Tab goes from the cards' buttons on; it scrolls to the focused one).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Session cards"));
    m_scroll = scroll;
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    const auto existing = sessions->profileNames();
    for (const QString &name : existing) {
        addCard(sessions->session(name), name);
    }
    connect(sessions, &OpenSessions::opened, this, &TokenPanel::addCard);
    connect(sessions, &OpenSessions::closed, this, &TokenPanel::removeCard);

    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TokenPanel::tick);
    m_timer.start();
    relayout();
}

QList<TokenCard *> TokenPanel::cards() const
{
    return m_cards;
}

TokenCard *TokenPanel::card(const QString &profileName) const
{
    for (TokenCard *c : m_cards) {
        if (c->profileName() == profileName) {
            return c;
        }
    }
    return nullptr;
}

void TokenPanel::tick()
{
    for (TokenCard *c : std::as_const(m_cards)) {
        c->tick();
    }
}

void TokenPanel::addCard(Session *session, const QString &profileName)
{
    if (!session || card(profileName)) {
        return;
    }
    auto *c = new TokenCard(session, profileName, m_clock, m_clipboard, m_content);
    connect(c, &TokenCard::inspectRequested, this, &TokenPanel::inspectRequested);
    connect(c, &TokenCard::findUserRequested, this, &TokenPanel::findUserRequested);
    connect(c, &TokenCard::setPasswordRequested, this, &TokenPanel::setPasswordRequested);
    connect(c, &TokenCard::message, this, &TokenPanel::message);
    connect(c, &TokenCard::loggedOut, this, [this](const QString &name) { m_sessions->close(name); });
    connect(c, &TokenCard::startSandboxRequested, this, &TokenPanel::startSandboxRequested);
    if (m_sandboxStopped && m_sessions->usesSandbox(profileName)) {
        c->setSandboxStopped(true);
    }
    if (m_userLookup)
        c->setUserLookup(m_userLookup);
    m_cards.append(c);
    m_columns = 0; // force a new layout
    relayout();
}

void TokenPanel::setSandboxStopped(bool stopped)
{
    m_sandboxStopped = stopped;
    for (TokenCard *c : std::as_const(m_cards)) {
        c->setSandboxStopped(stopped && m_sessions->usesSandbox(c->profileName()));
    }
}

void TokenPanel::setUserLookup(std::function<QString(const QString &)> lookup)
{
    m_userLookup = std::move(lookup);
    for (TokenCard *c : std::as_const(m_cards))
        c->setUserLookup(m_userLookup);
}

void TokenPanel::removeCard(const QString &profileName)
{
    TokenCard *c = card(profileName);
    if (!c) {
        return;
    }
    m_cards.removeOne(c);
    c->deleteLater();
    m_columns = 0;
    relayout();
}

void TokenPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TokenPanel::relayout()
{
    m_empty->setVisible(m_cards.isEmpty());
    m_scroll->setVisible(!m_cards.isEmpty());
    // As many columns as cards of their minimum width fit (the width follows the font, so 200 %
    // scaling gives fewer columns, never clipped cards).
    int minWidth = fontMetrics().averageCharWidth() * 50;
    for (const TokenCard *c : std::as_const(m_cards)) {
        minWidth = std::max(minWidth, c->minimumSizeHint().width());
    }
    const int spacing = m_grid->horizontalSpacing() + m_grid->contentsMargins().left();
    const int available = m_scroll->viewport()->width() > 0 ? m_scroll->viewport()->width() : width();
    const int columns = std::max(1, (available - spacing) / (minWidth + spacing));
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    while (m_grid->count() > 0) {
        delete m_grid->takeAt(0);
    }
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        m_grid->addWidget(m_cards[i], int(i / columns), int(i % columns), Qt::AlignTop);
    }
    for (int c = 0; c < 8; ++c) {
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        m_grid->setRowStretch(r, 0);
    }
    m_grid->setRowStretch(int((m_cards.size() + columns - 1) / columns), 1);
}

} // namespace tc
