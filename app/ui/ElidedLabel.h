#pragma once
// A one-line label that never widens the window: when its text does not fit, it is shown elided
// ("“Local sandbox — admin” → http://127.0.0.1:4…1 · connected") with the whole text in its tooltip.
// text() (and so the accessible name) is always the whole text.
#include <QLabel>

namespace tc {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace tc
