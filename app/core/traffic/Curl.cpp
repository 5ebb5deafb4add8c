#include "core/traffic/Curl.h"

#include "core/api/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

// Around a variable's name inside a text being built (a private-use character: JSON leaves it be).
constexpr QChar Mark = QChar(0xE000);

QString marked(const QString &name)
{
    return Mark + name + Mark;
}

QString variableForKey(QStringView key)
{
    if (key.compare(u"Password"_s, Qt::CaseInsensitive) == 0 || key.endsWith(u"Password"_s, Qt::CaseInsensitive))
        return u"TELEMATICS_PASSWORD"_s;
    if (key.compare(u"RefreshToken"_s, Qt::CaseInsensitive) == 0)
        return u"TELEMATICS_REFRESH_TOKEN"_s;
    if (key.compare(u"AccessToken"_s, Qt::CaseInsensitive) == 0 || key.compare(u"Token"_s, Qt::CaseInsensitive) == 0)
        return u"TELEMATICS_ACCESS_TOKEN"_s;
    if (key.contains(u"InstanceKey"_s, Qt::CaseInsensitive))
        return u"TELEMATICS_INSTANCE_KEY"_s;
    return u"TELEMATICS_SECRET"_s;
}

QJsonValue markJson(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = markJson(it.value(), it.key());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = markJson(a.at(i), key);
        return a;
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (s == Redactor::mask())
            return marked(variableForKey(key));
        if (s.contains(Redactor::mask())) {
            QString out = s;
            return out.replace(Redactor::mask(), marked(u"TELEMATICS_JWT"_s));
        }
    }
    return value;
}

QString markBody(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue v = markJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), {});
        return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    QString text = QString::fromUtf8(body);
    return text.replace(Redactor::mask(), marked(u"TELEMATICS_SECRET"_s));
}

QString markHeader(const QByteArray &name, const QByteArray &value)
{
    const QString v = QString::fromUtf8(value);
    if (!v.contains(Redactor::mask()))
        return QString::fromLatin1(name) + u": "_s + v;
    QString variable = u"TELEMATICS_SECRET"_s;
    if (QByteArrayView(name).compare("Authorization", Qt::CaseInsensitive) == 0)
        variable = u"TELEMATICS_ACCESS_TOKEN"_s;
    else if (name.toLower().contains("instancekey"))
        variable = u"TELEMATICS_INSTANCE_KEY"_s;
    else if (Redactor::looksLikeJwt(v))
        variable = u"TELEMATICS_JWT"_s;
    QString out = v;
    return QString::fromLatin1(name) + u": "_s + out.replace(Redactor::mask(), marked(variable));
}

// 'literal'"$VAR"'literal' for a text with marked variables.
QString quoteMarked(const QString &text, QStringList *variables)
{
    const QStringList parts = text.split(Mark);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i % 2 == 1) {
            out += u"\"$"_s + parts.at(i) + u'"';
            if (!variables->contains(parts.at(i)))
                variables->append(parts.at(i));
        } else if (!parts.at(i).isEmpty() || parts.size() == 1) {
            out += Curl::shellQuote(parts.at(i));
        }
    }
    return out;
}

QString build(const Exchange &x, QStringList *variables)
{
    QStringList lines;
    QString first = u"curl -sS"_s;
    if (x.method != "GET" || !x.requestBody.isEmpty())
        first += u" -X "_s + QString::fromLatin1(x.method);
    first += u" "_s + Curl::shellQuote(x.url.toString(QUrl::FullyEncoded));
    lines.append(first);
    for (const auto &h : x.requestHeaders) {
        const QByteArray lower = h.first.toLower();
        if (lower == "content-length" || lower == "user-agent" || lower == "connection" || lower == "host")
            continue;
        lines.append(u"-H "_s + quoteMarked(markHeader(h.first, h.second), variables));
    }
    if (!x.requestBody.isEmpty())
        lines.append(u"--data-raw "_s + quoteMarked(markBody(x.requestBody), variables));
    return lines.join(u" \\\n  "_s);
}

} // namespace

QString Curl::shellQuote(const QString &text)
{
    QString out = text;
    out.replace(u'\'', u"'\\''"_s);
    return u'\'' + out + u'\'';
}

QString Curl::command(const Exchange &exchange)
{
    QStringList variables;
    const QString cmd = build(exchange, &variables);
    if (exchange.requestBodyTruncated)
        return u"# the body was longer than what was kept: this command sends only its start\n"_s + cmd + u'\n';
    return cmd + u'\n';
}

QStringList Curl::variables(const Exchange &exchange)
{
    QStringList variables;
    build(exchange, &variables);
    return variables;
}

} // namespace tc
