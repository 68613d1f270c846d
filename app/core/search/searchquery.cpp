// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QRegularExpression>

namespace Crosscheck::Core::Search {

namespace {

struct Token
{
    enum class Kind { End, Phrase, Open, Close, And, Or, Not, Near, NearOpen, Distance };
    Kind kind = Kind::End;
    QString text;
    bool prefix = false;
    bool quoted = false;
    int offset = 0;
    int distance = Query::kDefaultDistance;
    bool badDistance = false;
};

bool isBreak(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'(' || c == u')';
}

/// ", 5)" at \a i: the distance that closes NEAR( … ); its length, 0 when there is none.
int distanceAt(const QString &s, int i, int *value)
{
    static const QRegularExpression re(QStringLiteral("\\G,\\s*(\\d{1,6})\\s*(?=\\))"));
    const QRegularExpressionMatch m = re.match(s, i);
    if (!m.hasMatch())
        return 0;
    *value = m.captured(1).toInt();
    return int(m.capturedLength(0));
}

QueryNode phrase(const Token &t)
{
    QueryNode n;
    n.text = t.text;
    n.prefix = t.prefix;
    n.quoted = t.quoted;
    n.offset = t.offset;
    return n;
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_s(text)
    {}
    Query run();

private:
    Token lex();
    Token lexWord(int start);
    const Token &peek()
    {
        if (!m_peeked) {
            m_next = lex();
            m_peeked = true;
        }
        return m_next;
    }
    Token take()
    {
        peek();
        m_peeked = false;
        return m_next;
    }
    bool fail(const QString &message, int at)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorAt = at;
        }
        return false;
    }
    bool startsPrimary(Token::Kind k) const
    {
        return k == Token::Kind::Phrase || k == Token::Kind::Open || k == Token::Kind::NearOpen;
    }
    bool parseOr(QueryNode *out);
    bool parseAnd(QueryNode *out);
    bool parseNot(QueryNode *out);
    bool parseNear(QueryNode *out);
    bool parsePrimary(QueryNode *out);
    bool parseNearFunction(const Token &open, QueryNode *out);
    bool operand(const Token &op, QueryNode *out, bool (Parser::*next)(QueryNode *));

    const QString &m_s;
    int m_pos = 0;
    Token m_next;
    bool m_peeked = false;
    int m_nearDepth = 0;
    QString m_error;
    int m_errorAt = -1;
};

Token Parser::lex()
{
    while (m_pos < m_s.size() && m_s.at(m_pos).isSpace())
        ++m_pos;
    Token t;
    t.offset = m_pos;
    if (m_pos >= m_s.size())
        return t;
    const QChar c = m_s.at(m_pos);
    if (c == u'(' || c == u')') {
        ++m_pos;
        t.kind = c == u'(' ? Token::Kind::Open : Token::Kind::Close;
        return t;
    }
    if (m_nearDepth > 0 && c == u',') {
        if (const int len = distanceAt(m_s, m_pos, &t.distance)) {
            m_pos += len;
            t.kind = Token::Kind::Distance;
            return t;
        }
    }
    if (c != u'"')
        return lexWord(m_pos);
    // A quoted phrase; "" inside it is a quotation mark, as in FTS5.
    t.kind = Token::Kind::Phrase;
    t.quoted = true;
    for (++m_pos; m_pos < m_s.size(); ++m_pos) {
        if (m_s.at(m_pos) != u'"') {
            t.text += m_s.at(m_pos);
        } else if (m_pos + 1 < m_s.size() && m_s.at(m_pos + 1) == u'"') {
            t.text += u'"';
            ++m_pos;
        } else {
            break;
        }
    }
    if (m_pos >= m_s.size()) {
        fail(Query::tr("A closing quotation mark (\") is missing."), t.offset);
        t.kind = Token::Kind::End;
        return t;
    }
    ++m_pos;
    if (m_pos < m_s.size() && m_s.at(m_pos) == u'*') {
        t.prefix = true;
        ++m_pos;
    }
    return t;
}

Token Parser::lexWord(int start)
{
    Token t;
    t.offset = start;
    while (m_pos < m_s.size() && !isBreak(m_s.at(m_pos))) {
        if (m_nearDepth > 0 && m_s.at(m_pos) == u',' && distanceAt(m_s, m_pos, &t.distance))
            break;
        ++m_pos;
    }
    t.text = m_s.mid(start, m_pos - start);
    if (t.text == QLatin1String("AND")) {
        t.kind = Token::Kind::And;
    } else if (t.text == QLatin1String("OR")) {
        t.kind = Token::Kind::Or;
    } else if (t.text == QLatin1String("NOT")) {
        t.kind = Token::Kind::Not;
    } else if (t.text == QLatin1String("NEAR") && m_pos < m_s.size() && m_s.at(m_pos) == u'(') {
        ++m_pos;
        t.kind = Token::Kind::NearOpen;
    } else if (t.text == QLatin1String("NEAR") || t.text.startsWith(QLatin1String("NEAR/"))) {
        t.kind = Token::Kind::Near;
        if (t.text.size() > 5) {
            bool ok = false;
            t.distance = t.text.mid(5).toInt(&ok);
            t.badDistance = !ok || t.distance < 0 || t.distance > Query::kMaxDistance;
        }
    } else {
        t.kind = Token::Kind::Phrase;
        if (t.text.endsWith(u'*')) {
            t.prefix = true;
            t.text.chop(1);
        }
    }
    return t;
}

Query Parser::run()
{
    Query q;
    if (m_s.trimmed().isEmpty()) {
        fail(Query::tr("The query is empty: type a word, a \"phrase\" or a pattern."), 0);
    } else if (parseOr(&q.root) && peek().kind != Token::Kind::End) {
        const Token t = take();
        if (t.kind == Token::Kind::Close)
            fail(Query::tr("This “)” has no “(” before it."), t.offset);
        else
            fail(Query::tr("“%1” cannot follow here.").arg(t.text), t.offset);
    }
    q.error = m_error;
    q.errorAt = m_errorAt;
    if (!q.isValid())
        q.root = QueryNode();
    return q;
}

bool Parser::operand(const Token &op, QueryNode *out, bool (Parser::*next)(QueryNode *))
{
    if (!startsPrimary(peek().kind) && m_error.isEmpty())
        return fail(Query::tr("%1 needs a word or a phrase after it.").arg(op.text), op.offset);
    return (this->*next)(out);
}

bool Parser::parseOr(QueryNode *out)
{
    if (!parseAnd(out))
        return false;
    while (peek().kind == Token::Kind::Or) {
        const Token op = take();
        QueryNode right;
        if (!operand(op, &right, &Parser::parseAnd))
            return false;
        if (out->kind != QueryNode::Kind::Or)
            *out = QueryNode{QueryNode::Kind::Or, {}, false, false, 0, 0, {*out}};
        out->children.push_back(std::move(right));
    }
    return true;
}

bool Parser::parseAnd(QueryNode *out)
{
    if (!parseNot(out))
        return false;
    for (;;) {
        const Token::Kind k = peek().kind;
        Token op;
        if (k == Token::Kind::And)
            op = take();
        else if (!startsPrimary(k))
            return true;
        QueryNode right;
        if (op.kind == Token::Kind::And ? !operand(op, &right, &Parser::parseNot)
                                        : !parseNot(&right))
            return false;
        if (out->kind != QueryNode::Kind::And)
            *out = QueryNode{QueryNode::Kind::And, {}, false, false, 0, 0, {*out}};
        out->children.push_back(std::move(right));
    }
}

bool Parser::parseNot(QueryNode *out)
{
    if (peek().kind == Token::Kind::Not) {
        const Token op = take();
        return fail(Query::tr("NOT needs a word or a phrase before it: “a NOT b” finds a "
                              "without b."),
                    op.offset);
    }
    if (!parseNear(out))
        return false;
    while (peek().kind == Token::Kind::Not) {
        const Token op = take();
        QueryNode right;
        if (!operand(op, &right, &Parser::parseNear))
            return false;
        *out = QueryNode{QueryNode::Kind::Not, {}, false, false, 0, 0, {*out, std::move(right)}};
    }
    return true;
}

bool Parser::parseNear(QueryNode *out)
{
    if (!parsePrimary(out))
        return false;
    while (peek().kind == Token::Kind::Near) {
        const Token op = take();
        if (op.badDistance)
            return fail(Query::tr("The distance after NEAR/ must be a whole number from 0 to "
                                  "%1.")
                            .arg(Query::kMaxDistance),
                        op.offset);
        QueryNode right;
        if (!operand(op, &right, &Parser::parsePrimary))
            return false;
        if (out->kind != QueryNode::Kind::Phrase && out->kind != QueryNode::Kind::Near)
            return fail(Query::tr("NEAR joins words or phrases, not groups."), op.offset);
        if (right.kind != QueryNode::Kind::Phrase)
            return fail(Query::tr("NEAR joins words or phrases, not groups."), op.offset);
        if (out->kind == QueryNode::Kind::Phrase)
            *out = QueryNode{QueryNode::Kind::Near, {}, false, false, 0, op.distance, {*out}};
        else
            out->distance = std::max(out->distance, op.distance);
        out->children.push_back(std::move(right));
    }
    return true;
}

bool Parser::parsePrimary(QueryNode *out)
{
    const Token t = take();
    switch (t.kind) {
    case Token::Kind::Phrase:
        *out = phrase(t);
        return true;
    case Token::Kind::Open: {
        if (!parseOr(out))
            return false;
        const Token close = take();
        if (close.kind != Token::Kind::Close)
            return fail(Query::tr("A closing parenthesis “)” is missing."), t.offset);
        return true;
    }
    case Token::Kind::NearOpen:
        return parseNearFunction(t, out);
    case Token::Kind::End:
        return fail(Query::tr("The query ends where a word or a phrase should follow."),
                    int(m_s.size()));
    default:
        return fail(Query::tr("%1 needs a word or a phrase before it.").arg(t.text), t.offset);
    }
}

bool Parser::parseNearFunction(const Token &open, QueryNode *out)
{
    *out = QueryNode{QueryNode::Kind::Near, {}, false, false, 0, Query::kDefaultDistance, {}};
    ++m_nearDepth;
    for (;;) {
        const Token t = take();
        if (t.kind == Token::Kind::Phrase) {
            out->children.push_back(phrase(t));
            continue;
        }
        if (t.kind == Token::Kind::Distance) {
            out->distance = t.distance;
            if (t.distance > Query::kMaxDistance) {
                --m_nearDepth;
                return fail(Query::tr("The distance in NEAR( … , N) must be a whole number from "
                                      "0 to %1.")
                                .arg(Query::kMaxDistance),
                            t.offset);
            }
            continue;
        }
        --m_nearDepth;
        if (t.kind != Token::Kind::Close)
            return fail(Query::tr("NEAR( … ) holds words or phrases and, last, a distance: "
                                  "NEAR(a b, 5)."),
                        t.kind == Token::Kind::End ? open.offset : t.offset);
        if (out->children.size() < 2)
            return fail(Query::tr("NEAR( … ) needs two words or phrases or more."), open.offset);
        return true;
    }
}

} // namespace

Query Query::parse(const QString &text)
{
    return Parser(text).run();
}

std::vector<const QueryNode *> Query::phrases() const
{
    std::vector<const QueryNode *> out;
    std::vector<const QueryNode *> stack{&root};
    while (!stack.empty()) {
        const QueryNode *n = stack.back();
        stack.pop_back();
        if (n->kind == QueryNode::Kind::Phrase && isValid())
            out.push_back(n);
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(&*it);
    }
    return out;
}

QString QueryNode::describe() const
{
    QStringList parts;
    for (const QueryNode &c : children) {
        const bool group = c.kind != Kind::Phrase && c.kind != Kind::Near;
        parts << (group ? u'(' + c.describe() + u')' : c.describe());
    }
    switch (kind) {
    case Kind::Phrase:
        return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"' +
               (prefix ? QStringLiteral("*") : QString());
    case Kind::And:
        return parts.join(QStringLiteral(" AND "));
    case Kind::Or:
        return parts.join(QStringLiteral(" OR "));
    case Kind::Not:
        return parts.join(QStringLiteral(" NOT "));
    case Kind::Near:
        return QStringLiteral("NEAR(") + parts.join(u' ') + QStringLiteral(", ") +
               QString::number(distance) + u')';
    }
    return {};
}

} // namespace Crosscheck::Core::Search
