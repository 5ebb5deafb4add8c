#pragma once
// The service's response envelope: { "Result": ..., "Status": 200, "Title": "", "Errors": [] }.
// Read with any key casing; Errors entries may be strings or {Key, Message} objects (or, from
// ASP.NET-style problem answers, an object mapping a key to a message or a list of messages).
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tc {

struct ErrorDetail
{
    QString key; // empty when the entry was a bare string
    QString message;

    QString toString() const;
    friend bool operator==(const ErrorDetail &, const ErrorDetail &) = default;
};

class Envelope
{
public:
    // Parses a JSON document as an envelope. An envelope is a JSON object carrying a numeric
    // `Status` (number or numeric string) or a `Result` key. Anything else is not valid, and
    // problem() says why in words.
    static Envelope fromJson(const QJsonDocument &document);
    static Envelope fromJson(const QByteArray &json);

    bool isValid() const { return m_valid; }
    QString problem() const { return m_problem; }

    std::optional<int> status() const { return m_status; }
    bool hasResult() const { return !m_result.isUndefined(); }
    // Result as sent (Null when the service said null; Undefined when the key was absent).
    QJsonValue result() const { return m_result; }
    QString title() const { return m_title; }
    QList<ErrorDetail> errors() const { return m_errors; }

    // "Key: Message; Message2" (empty when there are none).
    QString errorsText() const;

    static QList<ErrorDetail> parseErrors(const QJsonValue &errors);

private:
    bool m_valid = false;
    QString m_problem;
    std::optional<int> m_status;
    QJsonValue m_result = QJsonValue(QJsonValue::Undefined);
    QString m_title;
    QList<ErrorDetail> m_errors;
};

} // namespace tc
