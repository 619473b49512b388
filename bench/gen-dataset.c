/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes a synthetic dataset in the real format for the benchmarks: elections with
 * parties, claims that disagree, regions and reactions, and articles of news-like length
 * whose paragraphs contain every quote verbatim, so the loader checks it all. The same
 * seed and scale always give the same bytes.
 *
 *   gen-dataset SCALE SEED OUT.json
 *
 * SCALE 1 is about 0.75 MB (5 elections, 80 articles); the size grows linearly with it,
 * and SCALE 64 is about 48 MB (320 elections, 5120 articles, 32 000 claims, 32 000
 * reactions). */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#define ELECTIONS_PER_SCALE 5
#define ARTICLES_PER_ELECTION 16
#define CLAIMS_PER_ELECTION 100
#define REACTIONS_PER_ELECTION 100

static const char *const words[] = {
  "the", "electoral", "council", "said", "on", "Monday", "that", "voters", "in", "the",
  "capital", "queued", "for", "hours", "while", "observers", "from", "several", "countries",
  "watched", "the", "count", "opposition", "leaders", "asked", "for", "tally", "sheets",
  "government", "officials", "celebrated", "early", "results", "analysts", "noted", "turnout",
  "was", "lower", "than", "expected", "in", "rural", "districts", "where", "polling",
  "stations", "opened", "late", "a", "spokesman", "for", "the", "campaign", "described",
  "the", "day", "as", "calm", "though", "some", "incidents", "were", "reported", "near",
  "the", "border", "ministers", "from", "neighbouring", "states", "called", "the", "vote",
  "a", "test", "for", "democracy", "and", "urged", "all", "sides", "to", "respect", "it",
  "Nicolás", "Gómez", "São", "Paulo", "Bogotá", "región", "elección", "candidates",
};

/* Codes iso-codes knows and the 110m world map draws. */
static const char *const countries[] = {
  "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE",
  "PY", "SV", "UY", "US", "CA", "GB", "FR", "DE", "ES", "IT", "PT", "NL", "BE", "CH", "AT",
  "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "TR", "RU", "UA", "BY", "SE", "NO", "FI", "DK",
  "IE", "IS", "EE", "LV", "LT", "RS", "HR", "SI", "BA", "AL", "MK", "MD", "GE", "AM", "AZ",
  "KZ", "UZ", "TM", "KG", "TJ", "CN", "JP", "KR", "KP", "MN", "IN", "PK", "BD", "LK", "NP",
  "MM", "TH", "VN", "LA", "KH", "MY", "ID", "PH", "AU", "NZ", "PG", "IR", "IQ", "SY", "JO",
  "IL", "SA", "YE", "OM", "AE", "QA", "KW", "EG", "LY", "TN", "DZ", "MA", "SD", "ET", "KE",
  "UG", "TZ", "NG", "GH", "CI", "SN", "ML", "NE", "TD", "CM", "AO", "ZA", "ZW", "ZM", "MZ",
};

static const char *const stances[] = {
  "congratulated", "welcomed", "supported", "called_for_transparency", "expressed_concern",
  "questioned", "rejected", "other",
};

static const char *const claimants[] = { "electoral_authority", "government", "opposition", "outlet", "observer" };
static const char *const statuses[] = { "official", "preliminary", "claimed", "reported", "disputed" };
static const char *const blocs[] = { "government", "opposition", "other" };

typedef struct {
  GRand  *rand;
  GString *out;
  GPtrArray *paragraphs;   /* per article: GPtrArray of GString */
  guint    n_articles;
} Gen;

static void
append_escaped (GString    *out,
                const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
filler_sentence (Gen     *gen,
                 GString *paragraph)
{
  guint n = g_rand_int_range (gen->rand, 8, 22);

  for (guint i = 0; i < n; i++)
    {
      const char *word = words[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (words))];

      if (i == 0)
        g_string_append_printf (paragraph, "%c%s", g_ascii_toupper (word[0]), word + 1);
      else
        g_string_append_printf (paragraph, " %s", word);
    }
  g_string_append (paragraph, ". ");
}

static void
free_paragraph (gpointer paragraph)
{
  g_string_free (paragraph, TRUE);
}

static void
make_articles (Gen *gen)
{
  gen->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint a = 0; a < gen->n_articles; a++)
    {
      GPtrArray *paragraphs = g_ptr_array_new_with_free_func (free_paragraph);
      guint n = g_rand_int_range (gen->rand, 8, 16);

      for (guint p = 0; p < n; p++)
        {
          GString *paragraph = g_string_new (NULL);
          guint sentences = g_rand_int_range (gen->rand, 2, 6);

          for (guint s = 0; s < sentences; s++)
            filler_sentence (gen, paragraph);
          g_ptr_array_add (paragraphs, paragraph);
        }
      g_ptr_array_add (gen->paragraphs, paragraphs);
    }
}

/* Puts @sentence into a paragraph of one of @election's articles and writes the source
 * that cites it. The @nth citation of an election goes to its articles in turn, so every
 * article is cited. */
static void
cite (Gen        *gen,
      guint       election,
      guint       nth,
      const char *sentence)
{
  guint article = (election * ARTICLES_PER_ELECTION + nth % ARTICLES_PER_ELECTION) % gen->n_articles;
  GPtrArray *paragraphs = g_ptr_array_index (gen->paragraphs, article);
  GString *paragraph = g_ptr_array_index (paragraphs, g_rand_int_range (gen->rand, 0, paragraphs->len));

  g_string_append (paragraph, sentence);
  g_string_append_c (paragraph, ' ');
  g_string_append_printf (gen->out, "\"sources\":[{\"article\":\"a%u\",\"quote\":", article);
  append_escaped (gen->out, sentence);
  g_string_append (gen->out, "}]");
}

/* @claimant: an index into claimants[], or -1 for any. */
static void
write_claim (Gen        *gen,
             guint       e,
             guint       c,
             int         who,
             const char *measure,
             const char *subject,
             double      value,
             const char *unit,
             const char *extra)
{
  const char *claimant = claimants[who >= 0 ? who : g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (claimants))];
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *sentence = NULL;

  g_ascii_formatd (number, sizeof number, "%.1f", value);
  if (g_str_equal (unit, "percent"))
    sentence = g_strdup_printf ("Figures from the %s put %s at %s%% for %s in election %u", claimant,
                                measure, number, subject ? subject : "the country", e);
  else
    {
      g_ascii_formatd (number, sizeof number, "%.0f", value);
      sentence = g_strdup_printf ("The %s counted %s %s for %s in election %u", claimant, number,
                                  measure, subject ? subject : "the whole vote", e);
    }

  g_string_append_printf (gen->out, "%s\n{\"id\":\"e%u-c%u\",\"measure\":\"%s\",", c ? "," : "", e, c, measure);
  if (g_str_equal (measure, "other"))
    g_string_append (gen->out, "\"label\":{\"en\":\"Polling stations\",\"es\":\"Centros de votación\"},");
  if (subject)
    g_string_append_printf (gen->out, "\"subject\":\"%s\",", subject);
  g_string_append_printf (gen->out, "\"value\":%s,\"unit\":\"%s\",%s\"claimed_by\":{\"kind\":\"%s\"},"
                          "\"status\":\"%s\",", number, unit, extra ? extra : "", claimant,
                          statuses[c % G_N_ELEMENTS (statuses)]);
  cite (gen, e, c, sentence);
  g_string_append_c (gen->out, '}');
}

static void
write_claims (Gen   *gen,
              guint  e,
              guint  n_parties,
              guint  seats)
{
  g_autofree char *out_of = g_strdup_printf ("\"out_of\":%u,", seats);
  guint c = 0, left = seats;
  double share_left = 100;

  write_claim (gen, e, c++, -1, "offices_contested", NULL, seats, "count", NULL);
  for (guint p = 0; p < n_parties; p++)
    {
      g_autofree char *party = g_strdup_printf ("e%u-p%u", e, p);
      guint won = p + 1 == n_parties ? left : (guint) g_rand_int_range (gen->rand, 0, left / 2 + 1);
      double share = p + 1 == n_parties ? share_left : g_rand_double_range (gen->rand, 0, share_left / 2);

      left -= won;
      share_left -= share;
      /* Two sources that disagree on every party's figures, as the articles do. */
      write_claim (gen, e, c++, -1, "offices_won", party, won, "count", out_of);
      write_claim (gen, e, c++, -1, "offices_won", party, MIN (won + 1, seats), "count", out_of);
      for (guint k = 0; k < 3; k++)
        /* Each claimant's shares add up to 100 % at most, as the validator expects. */
        write_claim (gen, e, c++, k, "vote_share", party, MAX (0, share - k), "percent", NULL);
      write_claim (gen, e, c++, -1, "votes", party, share * 10000, "votes", NULL);
    }
  for (guint k = 0; k < 3; k++)
    write_claim (gen, e, c++, -1, "turnout", NULL, 40 + 7 * k + g_rand_double_range (gen->rand, 0, 5), "percent", NULL);
  write_claim (gen, e, c++, -1, "electorate", NULL, 1000000 + e, "people", NULL);
  while (c < CLAIMS_PER_ELECTION)
    write_claim (gen, e, c++, -1, "other", NULL, g_rand_int_range (gen->rand, 10, 5000), "count", NULL);
}

static void
write_reactions (Gen   *gen,
                 guint  e)
{
  g_string_append (gen->out, ",\"reactions\":[");
  for (guint r = 0; r < REACTIONS_PER_ELECTION; r++)
    {
      const char *stance = stances[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (stances))];
      g_autofree char *sentence = NULL;
      g_autofree char *words_said = g_strdup_printf ("We take note of the vote number %u", e);

      /* More reactions than countries: the rest come from organizations. */
      if (r < G_N_ELEMENTS (countries))
        g_string_append_printf (gen->out, "%s\n{\"id\":\"e%u-r%u\",\"country\":\"%s\",", r ? "," : "", e, r, countries[r]);
      else
        g_string_append_printf (gen->out, "%s\n{\"id\":\"e%u-r%u\",\"organization\":{\"id\":\"org%u\",\"name\":"
                                "{\"en\":\"Organization %u\",\"es\":\"Organización %u\"}},", r ? "," : "", e, r, r, r, r);
      sentence = g_strdup_printf ("The foreign minister said \"%s\" and %s the result of election %u",
                                  words_said, stance, e);
      g_string_append_printf (gen->out, "\"speaker\":\"Minister %u\",\"role\":{\"en\":\"Foreign minister\","
                              "\"es\":\"Ministro de Exteriores\"},\"stance\":\"%s\",\"quote\":", r, stance);
      append_escaped (gen->out, words_said);
      g_string_append (gen->out, ",\"date\":\"2024-07-29\",");
      cite (gen, e, CLAIMS_PER_ELECTION + r, sentence);
      g_string_append_c (gen->out, '}');
    }
  g_string_append_c (gen->out, ']');
}

static void
write_regions (Gen   *gen,
               guint  e,
               guint  n_parties)
{
  guint n = g_rand_int_range (gen->rand, 20, 120);

  g_string_append (gen->out, ",\"regions\":[");
  for (guint r = 0; r < n; r++)
    {
      guint party = g_rand_int_range (gen->rand, 0, n_parties);
      g_autofree char *sentence = g_strdup_printf ("Party %u took the municipality of Región %u-%u", party, e, r);

      g_string_append_printf (gen->out, "%s\n{\"name\":\"Región %u-%u\",\"outcome\":\"won\",\"bloc\":\"%s\","
                              "\"party\":\"e%u-p%u\",", r ? "," : "", e, r, blocs[party % 3], e, party);
      cite (gen, e, r, sentence);
      g_string_append_c (gen->out, '}');
    }
  g_string_append_c (gen->out, ']');
}

static void
write_election (Gen   *gen,
                guint  e)
{
  guint n_parties = g_rand_int_range (gen->rand, 3, 9);
  guint seats = g_rand_int_range (gen->rand, 20, 500);
  gboolean regional = e % 4 == 1;

  g_string_append_printf (gen->out, "%s{\"id\":\"e%u\",\"country\":\"%s\",\"date\":\"%u-%02u-%02u\","
                          "\"kind\":\"%s\",\"title\":{\"en\":\"Election %u\",\"es\":\"Elección %u\"},"
                          "\"summary\":{\"en\":\"A generated election for the benchmarks.\"},\"parties\":[",
                          e ? "," : "", e, countries[e % G_N_ELEMENTS (countries)], 1990 + e % 35,
                          1 + e % 12, 1 + e % 28, regional ? "regional" : "parliamentary", e, e);
  for (guint p = 0; p < n_parties; p++)
    g_string_append_printf (gen->out, "%s{\"id\":\"e%u-p%u\",\"name\":{\"en\":\"Party %u\",\"es\":\"Partido %u\"},"
                            "\"short_name\":\"P%u\",\"bloc\":\"%s\"}", p ? "," : "", e, p, p, p, p, blocs[p % 3]);
  g_string_append (gen->out, "],\"claims\":[");
  write_claims (gen, e, n_parties, seats);
  g_string_append_c (gen->out, ']');
  if (regional)
    write_regions (gen, e, n_parties);
  write_reactions (gen, e);
  g_string_append_c (gen->out, '}');
}

static void
write_articles (Gen     *gen,
                GString *out)
{
  g_string_append (out, "\"articles\":[");
  for (guint a = 0; a < gen->n_articles; a++)
    {
      GPtrArray *paragraphs = g_ptr_array_index (gen->paragraphs, a);

      g_string_append_printf (out, "%s\n{\"id\":\"a%u\",\"title\":\"Article %u on the vote\",\"outlet\":\"Wire %u\","
                              "\"published\":\"2024-07-%02u\",\"url\":\"https://example.org/news/%u\","
                              "\"language\":\"en\",\"paragraphs\":[", a ? "," : "", a, a, a % 7, 1 + a % 28, a);
      for (guint p = 0; p < paragraphs->len; p++)
        {
          GString *paragraph = g_ptr_array_index (paragraphs, p);

          if (p)
            g_string_append_c (out, ',');
          g_string_truncate (paragraph, paragraph->len - 1);
          append_escaped (out, paragraph->str);
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "],");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) head = g_string_new ("{\"format\":\"escrutinio-dataset\",\"version\":1,"
                                          "\"title\":{\"en\":\"Generated benchmark dataset\","
                                          "\"es\":\"Conjunto de datos generado\"},");
  g_autoptr(GError) error = NULL;
  Gen gen = { 0 };
  guint scale, n_elections;

  if (argc != 4 || (scale = atoi (argv[1])) == 0)
    {
      g_printerr ("Usage: %s SCALE SEED OUT.json\n", argv[0]);
      return 2;
    }
  n_elections = scale * ELECTIONS_PER_SCALE;
  gen.rand = g_rand_new_with_seed (atoi (argv[2]));
  gen.out = g_string_new ("\"elections\":[");
  gen.n_articles = n_elections * ARTICLES_PER_ELECTION;
  make_articles (&gen);
  /* Elections first: their quotes go into the articles, which the file lists first. */
  for (guint e = 0; e < n_elections; e++)
    write_election (&gen, e);
  g_string_append (gen.out, "]}\n");
  write_articles (&gen, head);
  g_string_append_len (head, gen.out->str, gen.out->len);

  if (!g_file_set_contents (argv[3], head->str, head->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_string_free (gen.out, TRUE);
  g_ptr_array_unref (gen.paragraphs);
  g_rand_free (gen.rand);
  return 0;
}
