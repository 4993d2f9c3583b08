#include "pullpage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>

namespace metodist {

bool PullPage::fail(const char *what)
{
    m_error = QStringLiteral("Malformed pull page at byte %1: %2")
                  .arg(m_p ? m_p - m_text.constData() : 0)
                  .arg(QLatin1String(what));
    return false;
}

void PullPage::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool PullPage::expect(char c)
{
    skipSpace();
    if (m_p >= m_end || *m_p != c)
        return false;
    ++m_p;
    return true;
}

static void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

static bool hex4(const char *p, const char *end, uint *out)
{
    if (end - p < 4)
        return false;
    uint v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= uint(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= uint(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= uint(c - 'A' + 10);
        else
            return false;
    }
    *out = v;
    return true;
}

bool PullPage::string(QByteArrayView *out)
{
    if (!expect('"'))
        return fail("string expected");
    const char *start = m_p;
    while (m_p < m_end && *m_p != '"' && *m_p != '\\')
        ++m_p;
    if (m_p >= m_end)
        return fail("unterminated string");
    if (*m_p == '"') { // the common case: no escapes, a view into the text
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    QByteArray s(start, m_p - start);
    while (m_p < m_end && *m_p != '"') {
        if (*m_p != '\\') {
            s += *m_p++;
            continue;
        }
        if (++m_p >= m_end)
            return fail("unterminated escape");
        switch (*m_p++) {
        case '"': s += '"'; break;
        case '\\': s += '\\'; break;
        case '/': s += '/'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'n': s += '\n'; break;
        case 'r': s += '\r'; break;
        case 't': s += '\t'; break;
        case 'u': {
            uint cp = 0;
            if (!hex4(m_p, m_end, &cp))
                return fail("bad \\u escape");
            m_p += 4;
            if (cp >= 0xd800 && cp < 0xdc00) { // a surrogate pair
                uint low = 0;
                if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' || !hex4(m_p + 2, m_end, &low) || low < 0xdc00 || low >= 0xe000)
                    return fail("bad surrogate pair");
                m_p += 6;
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            }
            appendUtf8(s, cp);
            break;
        }
        default:
            return fail("bad escape");
        }
    }
    if (m_p >= m_end)
        return fail("unterminated string");
    ++m_p;
    m_unescaped.append(s);
    *out = QByteArrayView(m_unescaped.last());
    return true;
}

bool PullPage::skipValue()
{
    PullValue ignored;
    return value(&ignored, true);
}

bool PullPage::value(PullValue *out, bool nestedAllowed)
{
    skipSpace();
    if (m_p >= m_end)
        return fail("value expected");
    const char c = *m_p;
    if (c == '"') {
        out->type = PullValue::String;
        return string(&out->text);
    }
    if (c == '{' || c == '[') {
        if (!nestedAllowed)
            return fail("nested value");
        const char *start = m_p;
        const char close = c == '{' ? '}' : ']';
        ++m_p;
        if (expect(close)) {
            out->type = PullValue::Json;
            out->text = QByteArrayView(start, m_p - start);
            return true;
        }
        for (;;) {
            if (c == '{') {
                QByteArrayView key;
                if (!string(&key) || !expect(':'))
                    return fail("object member expected");
            }
            if (!skipValue())
                return false;
            if (expect(close))
                break;
            if (!expect(','))
                return fail("',' expected");
        }
        out->type = PullValue::Json;
        out->text = QByteArrayView(start, m_p - start);
        return true;
    }
    auto word = [&](const char *w, qsizetype n) {
        if (m_end - m_p < n || memcmp(m_p, w, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    };
    if (word("true", 4)) {
        *out = PullValue{PullValue::Bool, 1, 0, {}};
        return true;
    }
    if (word("false", 5)) {
        *out = PullValue{PullValue::Bool, 0, 0, {}};
        return true;
    }
    if (word("null", 4)) {
        *out = PullValue{};
        return true;
    }
    const char *start = m_p;
    bool real = false;
    while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '-' || *m_p == '+' || *m_p == '.' || *m_p == 'e' || *m_p == 'E')) {
        real = real || *m_p == '.' || *m_p == 'e' || *m_p == 'E';
        ++m_p;
    }
    if (m_p == start)
        return fail("value expected");
    if (!real) {
        qint64 i = 0;
        const auto r = std::from_chars(start, m_p, i);
        if (r.ec == std::errc() && r.ptr == m_p) {
            *out = PullValue{PullValue::Int, i, double(i), {}};
            return true;
        }
    }
    double d = 0; // from_chars, not strtod: independent of the C locale
    const auto r = std::from_chars(start, m_p, d);
    if (r.ec != std::errc() || r.ptr != m_p)
        return fail("bad number");
    *out = PullValue{PullValue::Double, 0, d, {}};
    return true;
}

bool PullPage::fieldsObject(PullRow *row)
{
    if (!expect('{'))
        return fail("fields must be an object");
    row->firstField = fields.size();
    if (expect('}'))
        return true;
    for (;;) {
        PullField f;
        if (!string(&f.key) || !expect(':') || !value(&f.value, true))
            return fail("bad field");
        fields.append(f);
        if (expect('}'))
            break;
        if (!expect(','))
            return fail("',' expected in fields");
    }
    row->fieldCount = fields.size() - row->firstField;
    return true;
}

bool PullPage::row()
{
    if (!expect('{'))
        return fail("row must be an object");
    PullRow r;
    bool hasFields = false;
    if (!expect('}')) {
        for (;;) {
            QByteArrayView key;
            if (!string(&key) || !expect(':'))
                return fail("row member expected");
            PullValue v;
            if (key == "fields") {
                if (!fieldsObject(&r))
                    return false;
                hasFields = true;
            } else if (!value(&v, true)) {
                return false;
            } else if (key == "table") {
                r.table = v.text;
            } else if (key == "id") {
                r.id = v.text;
            } else if (key == "rev") {
                r.rev = v.type == PullValue::Double ? qint64(v.real) : v.integer;
            } else if (key == "deleted") {
                r.deleted = v.integer != 0;
            } else if (key == "updated_at") {
                r.updatedAt = v.type == PullValue::Double ? qint64(v.real) : v.integer;
            } else if (key == "updated_by") {
                r.updatedBy = v.text;
            }
            if (expect('}'))
                break;
            if (!expect(','))
                return fail("',' expected in row");
        }
    }
    if (!hasFields)
        r.firstField = fields.size();
    rows.append(r);
    return true;
}

bool PullPage::parse(QByteArray text)
{
    m_text = std::move(text);
    m_unescaped.clear();
    rows.clear();
    fields.clear();
    next = head = 0;
    more = false;
    m_p = m_text.constData();
    m_end = m_p + m_text.size();
    if (!expect('{'))
        return fail("object expected");
    if (expect('}'))
        return true;
    for (;;) {
        QByteArrayView key;
        if (!string(&key) || !expect(':'))
            return fail("member expected");
        if (key == "rows") {
            if (!expect('['))
                return fail("rows must be an array");
            if (!expect(']')) {
                for (;;) {
                    if (!row())
                        return false;
                    if (expect(']'))
                        break;
                    if (!expect(','))
                        return fail("',' expected in rows");
                }
            }
        } else {
            PullValue v;
            if (!value(&v, true))
                return false;
            const qint64 number = v.type == PullValue::Double ? qint64(v.real) : v.integer;
            if (key == "next")
                next = number;
            else if (key == "head")
                head = number;
            else if (key == "more")
                more = v.integer != 0;
        }
        if (expect('}'))
            break;
        if (!expect(','))
            return fail("',' expected");
    }
    skipSpace();
    return m_p == m_end || fail("text after the page");
}

static QJsonValue jsonValue(const PullValue &v)
{
    switch (v.type) {
    case PullValue::Bool: return v.integer != 0;
    case PullValue::Int: return v.integer;
    case PullValue::Double: return v.real;
    case PullValue::String: return QString::fromUtf8(v.text);
    case PullValue::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(v.text.toByteArray());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    default: return QJsonValue::Null;
    }
}

QJsonObject PullPage::rowJson(qsizetype index) const
{
    const PullRow &r = rows.at(index);
    QJsonObject f;
    for (qsizetype i = r.firstField; i < r.firstField + r.fieldCount; ++i)
        f.insert(QString::fromUtf8(fields.at(i).key), jsonValue(fields.at(i).value));
    return {{QStringLiteral("table"), QString::fromUtf8(r.table)}, {QStringLiteral("id"), QString::fromUtf8(r.id)},
            {QStringLiteral("rev"), r.rev}, {QStringLiteral("deleted"), r.deleted},
            {QStringLiteral("updated_at"), r.updatedAt}, {QStringLiteral("updated_by"), QString::fromUtf8(r.updatedBy)},
            {QStringLiteral("fields"), f}};
}

} // namespace metodist
