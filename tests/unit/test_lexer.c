// test_lexer.c: unit tests of lexer.c (tokens, semicolons, literals, positions, errors).
//
// Each test lexes a small source text and checks the token stream.  Error
// messages are captured with diag_capture and compared with gc's wording.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "frontend.h"

static char errbuf[4096];

// Lexes src completely (up to 256 tokens, EOF included); returns the count.
static int lex_all(const char *src, Token *toks, int max) {
    diag_capture(errbuf, sizeof errbuf);
    diag_reset();
    int file = diag_add_file("t.go", src, strlen(src));
    Lexer *lx = lexer_new(file);
    int n = 0;
    while (n < max) {
        toks[n] = lexer_next(lx);
        if (toks[n++].kind == TOK_EOF)
            break;
    }
    return n;
}

// The kinds of the tokens of src, as a space-separated string of tok_string names
// (";" for inserted semicolons is written "\n").
static const char *kinds(const char *src) {
    static char buf[2048];
    Token toks[256];
    int n = lex_all(src, toks, 256);
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        const char *s = toks[i].kind == TOK_SEMICOLON && toks[i].auto_semi ? "\\n"
                                                                             : tok_string(toks[i].kind);
        if (toks[i].kind == TOK_IDENT || (toks[i].kind >= TOK_INT && toks[i].kind <= TOK_STRING))
            s = toks[i].lit;
        strcat(buf, i ? " " : "");
        strcat(buf, s);
    }
    return buf;
}

static void test_operators(void **state) {
    (void)state;
    assert_string_equal(kinds("+ - * / % & | ^ << >> &^"), "+ - * / % & | ^ << >> &^ EOF");
    assert_string_equal(kinds("+= -= *= /= %= &= |= ^= <<= >>= &^="),
                        "+= -= *= /= %= &= |= ^= <<= >>= &^= EOF");
    assert_string_equal(kinds("&& || <- ++ -- == < > = ! ~"), "&& || <- ++ -- == < > = ! ~ EOF");
    assert_string_equal(kinds("!= <= >= := ... ( [ { , . ) ] } ; :"),
                        "!= <= >= := ... ( [ { , . ) ] } ; : EOF");
    // ".." is two periods; "..." one ellipsis
    assert_string_equal(kinds("a..b"), "a . . b \\n EOF");
}

static void test_keywords_and_identifiers(void **state) {
    (void)state;
    assert_string_equal(kinds("break case chan const continue default defer else"),
                        "break case chan const continue default defer else EOF");
    assert_string_equal(kinds("fallthrough for func go goto if import interface map"),
                        "fallthrough for func go goto if import interface map EOF");
    assert_string_equal(kinds("package range return select struct switch type var"),
                        "package range return select struct switch type var EOF");
    Token t[8];
    lex_all("_x9 héllo 日本語 breakx", t, 8);
    assert_int_equal(t[0].kind, TOK_IDENT);
    assert_string_equal(t[1].lit, "héllo");
    assert_string_equal(t[2].lit, "日本語");
    assert_int_equal(t[3].kind, TOK_IDENT);
    assert_string_equal(t[3].lit, "breakx");
    assert_string_equal(errbuf, "");
}

static void test_semicolon_insertion(void **state) {
    (void)state;
    // after identifiers, literals, return/break/continue/fallthrough, ++ -- ) ] }
    assert_string_equal(kinds("x\n1\n\"s\"\n'c'\n1.5\n2i\n"),
                        "x \\n 1 \\n \"s\" \\n 'c' \\n 1.5 \\n 2i \\n EOF");
    assert_string_equal(kinds("return\nbreak\ncontinue\nx++\ny--\n)\n]\n}\n"),
                        "return \\n break \\n continue \\n x ++ \\n y -- \\n ) \\n ] \\n } \\n EOF");
    // not after operators, keywords like func, or opening brackets
    assert_string_equal(kinds("a +\nb\n"), "a + b \\n EOF");
    assert_string_equal(kinds("func\n(\n{\n[\n"), "func ( { [ EOF");
    // at EOF without a final newline
    assert_string_equal(kinds("x"), "x \\n EOF");
    Token t[8];
    lex_all("x\ny;z", t, 8);
    assert_true(t[1].auto_semi);
    assert_string_equal(t[1].lit, "newline");
    assert_false(t[3].auto_semi);
    assert_string_equal(t[3].lit, "semicolon");
    assert_true(t[5].auto_semi);
    assert_string_equal(t[5].lit, "EOF");
}

static void test_comments(void **state) {
    (void)state;
    assert_string_equal(kinds("a // comment\nb"), "a \\n b \\n EOF");
    assert_string_equal(kinds("a /* c */ b"), "a b \\n EOF");
    // a block comment spanning lines acts as a newline
    assert_string_equal(kinds("a /* c\n */ b"), "a \\n b \\n EOF");
    // ... but only where a newline would insert a semicolon
    assert_string_equal(kinds("a + /* c\n */ b"), "a + b \\n EOF");
    assert_string_equal(kinds("x /* unterminated"), "x \\n EOF");
    assert_string_equal(errbuf, "t.go:1:3: comment not terminated\n");
}

static void test_integer_literals(void **state) {
    (void)state;
    Token t[16];
    int n = lex_all("42 0x1F 0XaB 0o17 0O7 017 0b101 0B1 1_000_000 0x_FF 0", t, 16);
    assert_int_equal(n, 13);
    const char *want[] = {"42", "0x1F", "0XaB", "0o17", "0O7", "017", "0b101", "0B1",
                          "1_000_000", "0x_FF", "0"};
    for (int i = 0; i < 11; i++) {
        assert_int_equal(t[i].kind, TOK_INT);
        assert_string_equal(t[i].lit, want[i]);
    }
    assert_string_equal(errbuf, "");
}

static void test_float_and_imaginary_literals(void **state) {
    (void)state;
    Token t[16];
    lex_all("1.5 .5 1. 1e10 1E-3 0x1p-2 0x1.8P+3 1_0.2_5 3i 1.5i 0x10i", t, 16);
    for (int i = 0; i < 8; i++)
        assert_int_equal(t[i].kind, TOK_FLOAT);
    assert_string_equal(t[1].lit, ".5");
    assert_string_equal(t[5].lit, "0x1p-2");
    for (int i = 8; i < 11; i++)
        assert_int_equal(t[i].kind, TOK_IMAG);
    assert_string_equal(errbuf, "");
}

static void test_rune_literals(void **state) {
    (void)state;
    Token t[32];
    int n = lex_all("'a' 'é' '\\a' '\\b' '\\f' '\\n' '\\r' '\\t' '\\v' '\\\\' '\\'' "
                    "'\\x41' '\\101' '\\u00e9' '\\U0001F600' '本'",
                    t, 32);
    int32_t want[] = {'a', 0xe9, 7, 8, 12, 10, 13, 9, 11, '\\', '\'', 0x41, 0101, 0xe9, 0x1f600, 0x672c};
    assert_int_equal(n, 18);
    for (int i = 0; i < 16; i++) {
        assert_int_equal(t[i].kind, TOK_CHAR);
        assert_int_equal(t[i].rune, want[i]);
    }
    assert_string_equal(t[11].lit, "'\\x41'");
    assert_string_equal(errbuf, "");
}

static void test_interpreted_strings(void **state) {
    (void)state;
    Token t[4];
    lex_all("\"a\\tb\\n\\\"q\\\" \\x41\\101 \\u00e9\\U0001F600 \\x00z\"", t, 4);
    assert_int_equal(t[0].kind, TOK_STRING);
    const char want[] = "a\tb\n\"q\" AA \xc3\xa9\xf0\x9f\x98\x80 \0z";
    assert_int_equal(t[0].slen, sizeof want - 1);
    assert_memory_equal(t[0].sval, want, sizeof want - 1);
    // \xff stays a single byte (not UTF-8 encoded)
    lex_all("\"\\xff\\377\"", t, 4);
    assert_int_equal(t[0].slen, 2);
    assert_int_equal((unsigned char)t[0].sval[0], 0xff);
    assert_int_equal((unsigned char)t[0].sval[1], 0xff);
    assert_string_equal(errbuf, "");
}

static void test_raw_strings(void **state) {
    (void)state;
    Token t[4];
    lex_all("`a\\n\r\nb\"` x", t, 4);
    assert_int_equal(t[0].kind, TOK_STRING);
    assert_int_equal(t[0].slen, 6);
    assert_memory_equal(t[0].sval, "a\\n\nb\"", 6);  // no escapes, CR dropped
    assert_int_equal(t[1].pos.line, 2);
    assert_int_equal(t[1].pos.col, 5);
}

static void test_positions(void **state) {
    (void)state;
    Token t[16];
    lex_all("package main\n\tx := \"é\" + y\n", t, 16);
    assert_int_equal(t[0].pos.line, 1);
    assert_int_equal(t[0].pos.col, 1);
    assert_int_equal(t[1].pos.col, 9);
    assert_int_equal(t[2].pos.col, 13);  // the inserted semicolon sits at the newline
    assert_int_equal(t[3].pos.line, 2);
    assert_int_equal(t[3].pos.col, 2);   // a tab is one byte
    assert_int_equal(t[4].pos.col, 4);
    assert_int_equal(t[5].pos.col, 7);
    assert_int_equal(t[6].pos.col, 12);  // columns count bytes: "é" is two
    assert_int_equal(t[7].pos.col, 14);
}

static void test_lexical_errors(void **state) {
    (void)state;
    Token t[16];
    lex_all("x := @\n", t, 16);
    assert_string_equal(errbuf, "t.go:1:6: invalid character U+0040 '@'\n");
    lex_all("s := \"abc\nx", t, 16);
    assert_string_equal(errbuf, "t.go:1:10: newline in string\n");
    lex_all("s := \"abc", t, 16);
    assert_string_equal(errbuf, "t.go:1:6: string not terminated\n");
    lex_all("r := 'a", t, 16);
    assert_string_equal(errbuf, "t.go:1:6: rune literal not terminated\n");
    lex_all("r := 'ab'", t, 16);
    assert_string_equal(errbuf, "t.go:1:6: more than one character in rune literal\n");
    lex_all("r := ''", t, 16);
    assert_string_equal(errbuf, "t.go:1:7: empty rune literal or unescaped '\n");
    lex_all("x := 09", t, 16);
    assert_string_equal(errbuf, "t.go:1:7: invalid digit '9' in octal literal\n");
    lex_all("x := 1__0", t, 16);
    assert_string_equal(errbuf, "t.go:1:8: '_' must separate successive digits\n");
    lex_all("x := 0x", t, 16);
    assert_string_equal(errbuf, "t.go:1:8: hexadecimal literal has no digits\n");
    lex_all("x := 0x1.5", t, 16);
    assert_string_equal(errbuf, "t.go:1:11: hexadecimal mantissa requires a 'p' exponent\n");
    lex_all("s := \"\\q\"", t, 16);
    assert_string_equal(errbuf, "t.go:1:8: unknown escape\n");
    lex_all("s := \"\\400\"", t, 16);
    assert_string_equal(errbuf, "t.go:1:11: octal escape value 256 > 255\n");
    lex_all("s := \"\\uD800\"", t, 16);
    assert_string_equal(errbuf, "t.go:1:13: escape is invalid Unicode code point U+D800\n");
    // as in gc, an error repeating the previous one on the same line is dropped
    lex_all("x := 1_ + 2_\ny := 3_", t, 16);
    assert_string_equal(errbuf, "t.go:1:7: '_' must separate successive digits\n"
                                "t.go:2:7: '_' must separate successive digits\n");
    // the lexer keeps going after errors
    int n = lex_all("a @ # b", t, 16);
    assert_int_equal(n, 4);
    assert_string_equal(t[1].lit, "b");
}

static void test_tok_string(void **state) {
    (void)state;
    assert_string_equal(tok_string(TOK_ADD), "+");
    assert_string_equal(tok_string(TOK_AND_NOT_ASSIGN), "&^=");
    assert_string_equal(tok_string(TOK_FUNC), "func");
    assert_string_equal(tok_string(TOK_VAR), "var");
    assert_string_equal(tok_string(TOK_IDENT), "identifier");
    assert_string_equal(tok_string(TOK_ELLIPSIS), "...");
}

static void test_binary_garbage_terminates(void **state) {
    (void)state;
    // invalid UTF-8, NULs and random bytes: the lexer reports and always ends
    static char src[4096];
    uint32_t seed = 12345;
    for (size_t i = 0; i < sizeof src; i++) {
        seed = seed * 1103515245u + 12345u;
        src[i] = (char)(seed >> 16);
    }
    diag_capture(errbuf, sizeof errbuf);
    diag_reset();
    int file = diag_add_file("g.go", src, sizeof src);
    Lexer *lx = lexer_new(file);
    int n = 0;
    while (lexer_next(lx).kind != TOK_EOF)
        assert_true(++n <= (int)sizeof src * 2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_keywords_and_identifiers),
        cmocka_unit_test(test_semicolon_insertion),
        cmocka_unit_test(test_comments),
        cmocka_unit_test(test_integer_literals),
        cmocka_unit_test(test_float_and_imaginary_literals),
        cmocka_unit_test(test_rune_literals),
        cmocka_unit_test(test_interpreted_strings),
        cmocka_unit_test(test_raw_strings),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_lexical_errors),
        cmocka_unit_test(test_tok_string),
        cmocka_unit_test(test_binary_garbage_terminates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
