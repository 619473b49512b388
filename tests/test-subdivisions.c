/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Matching regions to ISO 3166-2 subdivisions. This test's table is built from
 * tests/regions-names/ rather than data/regions/ (see tests/meson.build), so the maps'
 * names and shapes here are the stand-ins' and do not change with the real maps. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "esc-dataset.h"
#include "esc-problem.h"
#include "esc-reader.h"
#include "esc-region.h"
#include "esc-subdivisions.h"

static const char *countries[] = { "VE", "MX", "BR", "AR", "CL", "CO", "PE", "PT" };

static char *
strip_accents (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *plain = g_string_new (NULL);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_unichar (plain, g_utf8_get_char (p));
  return g_string_free (plain, FALSE);
}

static void
assert_match (const char *country,
              const char *text,
              const char *code)
{
  const char *found = esc_subdivision_match (country, text);

  if (g_strcmp0 (found, code) != 0)
    g_error ("%s “%s”: matched %s, expected %s", country, text,
             found ? found : "nothing", code ? code : "nothing");
}

/* Every subdivision iso-codes lists for these countries, by its code in either case and
 * by its name as iso-codes writes it, upper-cased, and without accents. */
static void
test_iso_codes (void)
{
  const char *path = g_getenv ("ESC_ISO_3166_2_JSON");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *entries;
  guint checked = 0;

  g_assert_nonnull (path);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  entries = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "3166-2");

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *code = json_object_get_string_member (entry, "code");
      const char *name = json_object_get_string_member (entry, "name");
      g_autofree char *lower = g_ascii_strdown (code, -1);
      g_autofree char *upper = g_utf8_strup (name, -1);
      g_autofree char *plain = strip_accents (name);
      g_autofree char *country = g_strndup (code, 2);

      if (!g_strv_contains (countries, country))
        continue;
      assert_match (country, code, code);
      assert_match (country, lower, code);
      assert_match (country, name, code);
      assert_match (country, upper, code);
      assert_match (country, plain, code);
      g_assert_cmpstr (esc_subdivision_find_code (country, lower), ==, code);
      g_assert_cmpstr (esc_subdivision_get_name (code), ==, name);
      checked++;
    }
  /* 25 + 32 + 27 + 24 + 16 + 33 + 26 + 20 in iso-codes 4.15; a few more later is fine. */
  g_assert_cmpuint (checked, >=, 200);
}

static void
test_aliases (void)
{
  assert_match ("VE", "Vargas", "VE-X");
  assert_match ("VE", "La Guaira", "VE-X");
  assert_match ("VE", "Caracas", "VE-A");
  assert_match ("VE", "CAPITAL", "VE-A");
  assert_match ("MX", "Ciudad de México", "MX-CMX");
  assert_match ("MX", "CDMX", "MX-CMX");
  assert_match ("MX", "Mexico City", "MX-CMX");
  assert_match ("MX", "Distrito Federal", "MX-CMX");
  assert_match ("MX", "Michoacán", "MX-MIC");
  assert_match ("MX", "Coahuila", "MX-COA");
  assert_match ("MX", "Veracruz", "MX-VER");
  assert_match ("CO", "Bogotá", "CO-DC");
  assert_match ("CO", "Bogotá, D.C.", "CO-DC");
  assert_match ("CO", "San Andrés", "CO-SAP");
  assert_match ("PE", "Lima Metropolitana", "PE-LMA");
  assert_match ("PE", "Lima", "PE-LIM");
  assert_match ("PE", "Amazonas", "PE-AMA");
  assert_match ("PE", "Apurímac", "PE-APU");
  assert_match ("PE", "Junín", "PE-JUN");
  assert_match ("PE", "Callao", "PE-CAL");
  assert_match ("AR", "CABA", "AR-C");
  assert_match ("AR", "Capital Federal", "AR-C");
  assert_match ("AR", "Ciudad de Buenos Aires", "AR-C");
  assert_match ("CL", "Aysén", "CL-AI");
  assert_match ("CL", "O’Higgins", "CL-LI");
  assert_match ("CL", "Región Metropolitana", "CL-RM");
  assert_match ("PT", "Açores", "PT-20");
  assert_match ("PT", "Azores", "PT-20");
  assert_match ("PT", "Madeira", "PT-30");
  /* Each alias belongs to its country. */
  assert_match ("CO", "Caracas", NULL);
  assert_match ("BR", "Distrito Federal", "BR-DF");
  assert_match ("VE", "Amazonas", "VE-Z");
  assert_match ("CO", "Amazonas", "CO-AMA");
}

/* "Estado Zulia" and the like: a word of kind, and a connector after it, dropped on the
 * second try only. */
static void
test_kind_words (void)
{
  assert_match ("VE", "Estado Zulia", "VE-V");
  assert_match ("VE", "EDO. ZULIA", "VE-V");
  assert_match ("VE", "Zulia State", "VE-V");
  assert_match ("VE", "State of Zulia", "VE-V");
  assert_match ("VE", "Estado Bolívar", "VE-F");
  assert_match ("AR", "Provincia de Buenos Aires", "AR-B");
  assert_match ("AR", "Buenos Aires Province", "AR-B");
  assert_match ("CL", "Región de Valparaíso", "CL-VS");
  assert_match ("CL", "Región del Biobío", "CL-BI");
  assert_match ("MX", "Estado de México", "MX-MEX");
  assert_match ("CO", "Departamento del Valle del Cauca", "CO-VAC");
  assert_match ("CO", "Departamento de Antioquia", "CO-ANT");
  assert_match ("PT", "Distrito de Lisboa", "PT-11");
  assert_match ("BR", "Estado do Rio de Janeiro", "BR-RJ");
  /* A name that matches as it is is never cut: "Distrito Capital" is VE-A. */
  assert_match ("VE", "Distrito Capital", "VE-A");
  /* Nothing is left, or what is left matches nothing. */
  assert_match ("VE", "Estado", NULL);
  assert_match ("VE", "Estado de", NULL);
  assert_match ("VE", "Estado Atlántida", NULL);
  assert_match ("VE", "Zuliastate", NULL);
}

static void
test_normalization (void)
{
  g_autofree char *empty = esc_subdivision_normalize ("");
  g_autofree char *punctuation = esc_subdivision_normalize ("¡¿ -- ., !?");
  g_autofree char *name = esc_subdivision_normalize ("San Luis Potosí");
  g_autofree char *folded = esc_subdivision_normalize ("STRASSE Straße İstanbul");

  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (punctuation, ==, "");
  g_assert_cmpstr (name, ==, "sanluispotosi");
  g_assert_cmpstr (folded, ==, "strassestrasseistanbul");
  g_assert_null (esc_subdivision_normalize ("Zulia\xc3"));
  g_assert_null (esc_subdivision_normalize ("\xff\xfe"));

  assert_match ("MX", "San Luis Potosí", "MX-SLP");
  assert_match ("MX", "SAN LUIS POTOSI", "MX-SLP");
  assert_match ("MX", "san-luis potosi", "MX-SLP");
  /* Decomposed already, and with combining marks of its own. */
  assert_match ("MX", "San Luis Potosi\xcc\x81", "MX-SLP");
  assert_match ("CL", "Libertador General Bernardo OHiggins", "CL-LI");
  assert_match ("MX", "", NULL);
  assert_match ("MX", "   ", NULL);
  assert_match ("MX", "¡¿ -- ., !?", NULL);
  assert_match ("MX", "\xff\xfe", NULL);
  assert_match ("MX", "San Luis Potos\xc3", NULL);
  assert_match ("MX", "MX-SLP\xff", NULL);

  /* Codes: either case, spaces around them, only the country's own. */
  assert_match ("VE", " ve-z ", "VE-Z");
  assert_match ("ve", "VE-Z", "VE-Z");
  assert_match ("VE", "CO-DC", NULL);
  assert_match ("VE", "VE-Q", NULL);
  assert_match ("VE", "VE-ZZZZ", NULL);
  g_assert_null (esc_subdivision_find_code ("VE", "Zulia"));
  g_assert_null (esc_subdivision_find_code ("CO", "VE-Z"));
  g_assert_null (esc_subdivision_find_code ("V", "VE-Z"));
  g_assert_null (esc_subdivision_find_code ("VEN", "VE-Z"));

  /* Countries iso-codes does not divide, or that do not exist. */
  assert_match ("XX", "Zulia", NULL);
  assert_match ("", "Zulia", NULL);
  assert_match ("V\xc3", "Zulia", NULL);
  g_assert_null (esc_subdivision_get_name ("XX-A"));
  g_assert_null (esc_subdivision_get_name (""));
  g_assert_false (esc_subdivision_has_shape ("-"));
}

/* A name two subdivisions share at one level matches neither there, and is left to the
 * next: iso-codes names, aliases, the maps' names, their alternative names. */
static void
test_ambiguity (void)
{
  /* HU-VE (a city) and HU-VM (a county) are both "Veszprém" in iso-codes, and no map
   * names either. */
  assert_match ("HU", "Veszprém", NULL);
  /* ES-CB and ES-S are both "Cantabria"; the map's name decides. */
  assert_match ("ES", "Cantabria", "ES-CB");
  /* The map calls VE-C and VE-E both "Los Llanos". */
  assert_match ("VE", "Los Llanos", NULL);
  /* An earlier level wins: iso-codes' "Zulia" over the map's other name for Lara, and
   * iso-codes' "Madrid" (the province) over the map's other name for the community. */
  assert_match ("VE", "Zulia", "VE-V");
  assert_match ("VE", "Lara", "VE-K");
  assert_match ("ES", "Madrid", "ES-M");
  assert_match ("ES", "Comunidad de Madrid", "ES-MD");
  /* The maps' names and other names match where nothing earlier does. */
  assert_match ("VE", "Angostura", "VE-F");
  assert_match ("VE", "Isla de Margarita", "VE-O");
  /* An id iso-codes does not know is not a subdivision. */
  assert_match ("VE", "Not a code", NULL);
}

/* iso-codes writes some names with alternatives in them: "Catalunya [Cataluña]", "Wales
 * [Cymru GB-CYM]", "Valenciana, Comunidad", "Bolama / Bijagós", "Ilocos (Region I)".
 * Each form a source may write matches on its own. */
static void
test_name_variants (void)
{
  const char *valenciana = esc_subdivision_get_name ("ES-VC");
  const char *comma = strchr (valenciana, ',');
  g_autofree char *rest = NULL;
  g_autofree char *first = NULL;
  g_autofree char *inverted = NULL;

  g_assert_nonnull (comma);
  rest = g_strndup (valenciana, comma - valenciana);
  first = g_strstrip (g_strdup (comma + 1));
  inverted = g_strdup_printf ("%s %s", first, rest);

  /* In brackets: the name outside them, and the one inside without a code. */
  assert_match ("ES", "Catalunya", "ES-CT");
  assert_match ("ES", "Cataluña", "ES-CT");
  assert_match ("ES", "CATALUNA", "ES-CT");
  assert_match ("ES", "Galicia", "ES-GA");
  assert_match ("ES", "Lleida", "ES-L");
  assert_match ("ES", "Lérida", "ES-L");
  assert_match ("ES", "A Coruña", "ES-C");
  assert_match ("ES", "La Coruña", "ES-C");
  assert_match ("GB", "Wales", "GB-WLS");
  assert_match ("GB", "Cymru", "GB-WLS");
  assert_match ("GB", "Caerdydd", "GB-CRF");
  assert_match ("GB", "Isle of Anglesey", "GB-AGY");
  assert_match ("GB", "Sir Ynys Môn", "GB-AGY");
  assert_match ("SE", "Stockholms län", "SE-AB");
  assert_match ("SE", "SE-01", NULL);
  /* "[city]" is a note, not a name. */
  assert_match ("YE", "City", NULL);

  /* "Rest, First" is also "First Rest". */
  assert_match ("ES", inverted, "ES-VC");
  assert_match ("ES", "Principado de Asturias", "ES-AS");
  assert_match ("ES", "Región de Murcia", "ES-MC");
  assert_match ("ES", "Murcia", "ES-MU");
  /* A community of one province shares its name: the same land, so the community. */
  assert_match ("ES", "La Rioja", "ES-RI");
  assert_match ("ES", "Islas Baleares", "ES-IB");
  assert_match ("ES", "Illes Balears", "ES-IB");
  assert_match ("GB", "City of Edinburgh", "GB-EDH");
  assert_match ("BE", "Région wallonne", "BE-WAL");
  assert_match ("RU", "Respublika Tatarstan", "RU-TA");
  assert_match ("US", "U.S. Virgin Islands", "US-VI");

  /* Each side of a slash. */
  assert_match ("CF", "Haute-Sangha", "CF-HS");
  assert_match ("CF", "Mambéré-Kadéï", "CF-HS");
  assert_match ("GW", "Bijagós", "GW-BL");
  assert_match ("NA", "Karas", "NA-KA");

  /* A note in parentheses dropped. */
  assert_match ("NO", "Svalbard", "NO-21");
  assert_match ("PH", "Ilocos", "PH-01");
  assert_match ("PH", "Ilocos Region", "PH-01");
  assert_match ("MA", "Aousserd", "MA-AOU");

  /* A whole name wins over a part of another: "Sofia (stolitsa)" is BG-22, "Sofia" BG-23.
   * A part two subdivisions share means the whole where one is the other's only part:
   * FR-973 and FR-GF are both "Guyane (française)"; else neither: "Maluku" is a
   * province, ID-MA, and the larger unit ID-ML. */
  assert_match ("BG", "Sofia", "BG-23");
  assert_match ("FR", "Guyane", "FR-GF");
  assert_match ("FR", "La Réunion", "FR-RE");
  assert_match ("ID", "Maluku", NULL);
}

/* A name the map gives every part of a subdivision, and nothing else, is that
 * subdivision's: Natural Earth calls both departments of Corsica "Corsica". */
static void
test_parts_names (void)
{
  assert_match ("FR", "Corsica", "FR-20R");
  assert_match ("FR", "Corse", "FR-20R");
  assert_match ("FR", "Haute-Corse", "FR-2B");
  /* Some of England's boroughs are "Greater London", not all of England's parts. */
  assert_match ("GB", "Greater London", NULL);
}

static void
test_shapes (void)
{
  g_assert_true (esc_subdivision_country_has_map ("VE"));
  g_assert_true (esc_subdivision_country_has_map ("es"));
  g_assert_false (esc_subdivision_country_has_map ("MX"));
  g_assert_false (esc_subdivision_country_has_map ("XX"));

  g_assert_true (esc_subdivision_has_shape ("VE-V"));
  g_assert_true (esc_subdivision_has_shape ("ve-v"));
  /* A code of one country in another's map (Puerto Rico's own file has US-PR) is not
   * on the first country's map, which is the one its elections draw. */
  g_assert_false (esc_subdivision_has_shape ("US-PR"));
  g_assert_false (esc_subdivision_country_has_map ("US"));
  /* Merged from its parts into a geometry of its own. */
  g_assert_true (esc_subdivision_has_shape ("GB-WLS"));
  g_assert_true (esc_subdivision_has_shape ("FR-20R"));
  /* Drawn by its parts only where the map draws every part iso-codes lists: all four
   * provinces of Catalonia; one of Galicia's four; two of Northern Ireland's eleven
   * districts; parts without a code, which cannot show that they cover it. */
  g_assert_true (esc_subdivision_has_shape ("ES-CT"));
  g_assert_false (esc_subdivision_has_shape ("ES-GA"));
  g_assert_true (esc_subdivision_has_shape ("GB-BFS"));
  g_assert_false (esc_subdivision_has_shape ("GB-NIR"));
  g_assert_false (esc_subdivision_has_shape ("GB-ENG"));
  g_assert_false (esc_subdivision_has_shape ("VE-Y"));
  g_assert_false (esc_subdivision_has_shape ("VE-W"));
  g_assert_false (esc_subdivision_has_shape ("VE-Q"));
  g_assert_false (esc_subdivision_has_shape ("MX-SLP"));

  g_assert_cmpstr (esc_subdivision_get_name ("VE-X"), ==, "La Guaira");
  g_assert_cmpstr (esc_subdivision_get_name ("mx-slp"), ==, "San Luis Potosí");
  g_assert_nonnull (esc_subdivision_get_display_name ("VE-X"));
  g_assert_null (esc_subdivision_get_display_name ("VE-Q"));
}

static gpointer
match_in_thread (gpointer data)
{
  for (guint i = 0; i < 1000; i++)
    {
      g_assert_cmpstr (esc_subdivision_match ("DE", "Bayern"), ==, "DE-BY");
      g_assert_cmpstr (esc_subdivision_match ("DE", "Land Berlin"), ==, NULL);
      g_assert_cmpstr (esc_subdivision_match ("DE", "Hamburg"), ==, "DE-HH");
    }
  return NULL;
}

/* Threads that meet a country's table before it is built all get the same one. */
static void
test_threads (void)
{
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("match", match_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

static EscDataset *
load_regions (const char  *country,
              const char  *regions,
              GPtrArray  **problems)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"escrutinio-dataset\", \"version\": 1, \"title\": \"Test\","
    " \"articles\": [{\"id\": \"a\", \"title\": \"A\", \"language\": \"en\", \"paragraphs\": [\"The figures.\"]}],"
    " \"elections\": [{\"id\": \"e\", \"country\": \"%s\", \"kind\": \"regional\", \"title\": \"E\","
    " \"parties\": [], \"claims\": [], \"regions\": [%s]}]}", country, regions);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return esc_dataset_new_from_bytes (bytes, problems, NULL, NULL);
}

static char *
region (const char *name,
        const char *code)
{
  return g_strdup_printf ("{\"name\": \"%s\",%s%s%s \"outcome\": \"pending\","
                          " \"sources\": [{\"article\": \"a\", \"quote\": \"The figures.\"}]}",
                          name, code ? " \"code\": \"" : "", code ? code : "", code ? "\"," : "");
}

static EscRegion *
region_at (EscDataset *dataset,
           guint       index)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), 0);

  return g_ptr_array_index (esc_election_get_regions (election), index);
}

static void
assert_problem (GPtrArray  *problems,
                guint       index,
                EscSeverity severity,
                const char *code,
                const char *path)
{
  EscProblem *problem;

  g_assert_cmpuint (index, <, problems->len);
  problem = g_ptr_array_index (problems, index);
  g_assert_cmpint (problem->severity, ==, severity);
  g_assert_cmpstr (problem->code, ==, code);
  g_assert_cmpstr (problem->path, ==, path);
}

/* The loader resolves each region's subdivision, and says where the map cannot show it. */
static void
test_loader (void)
{
  g_autofree char *zulia = region ("Estado Zulia", NULL);
  g_autofree char *coded = region ("Whatever they call it", "VE-K");
  g_autofree char *atlantis = region ("Atlantis", NULL);
  g_autofree char *islands = region ("Dependencias Federales", NULL);
  g_autofree char *coded_delta = region ("El delta", "VE-Y");
  g_autofree char *regions = g_strjoin (",", zulia, coded, atlantis, islands, coded_delta, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_regions ("VE", regions, &problems);

  g_assert_nonnull (dataset);
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 0)), ==, "VE-V");
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 1)), ==, "VE-K");
  g_assert_null (esc_region_get_code (region_at (dataset, 2)));
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 3)), ==, "VE-W");
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 4)), ==, "VE-Y");

  g_assert_cmpuint (problems->len, ==, 3);
  assert_problem (problems, 0, ESC_SEVERITY_WARNING, "region-not-on-map", "$.elections[0].regions[2].name");
  assert_problem (problems, 1, ESC_SEVERITY_WARNING, "region-not-on-map", "$.elections[0].regions[3].name");
  assert_problem (problems, 2, ESC_SEVERITY_WARNING, "region-not-on-map", "$.elections[0].regions[4].code");
  g_assert_nonnull (strstr (((EscProblem *) g_ptr_array_index (problems, 0))->message, "Atlantis"));
  g_assert_nonnull (strstr (((EscProblem *) g_ptr_array_index (problems, 1))->message, "VE-W"));
}

static void
test_loader_bad_code (void)
{
  g_autofree char *unknown = region ("Zulia", "VE-Q");
  g_autofree char *foreign = region ("Zulia", "CO-DC");
  g_autofree char *lower = region ("Zulia", "ve-v");
  g_autofree char *regions = g_strjoin (",", unknown, foreign, lower, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_regions ("VE", regions, &problems);

  g_assert_null (dataset);
  g_assert_cmpuint (problems->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("$.elections[0].regions[%u].code", i);

      assert_problem (problems, i, ESC_SEVERITY_ERROR, "unknown-subdivision", path);
    }
}

/* A region listed twice in an election: the same subdivision however it is written,
 * or, where none matches, the same name. Each repeat is a warning at the later one. */
static void
test_loader_repeated (void)
{
  g_autofree char *zulia = region ("Zulia", NULL);
  g_autofree char *estado = region ("Estado Zulia", NULL);
  g_autofree char *coded = region ("Maracaibo", "VE-V");
  g_autofree char *atlantis = region ("Atlantis", NULL);
  g_autofree char *shouted = region ("ATLÁNTIS", NULL);
  g_autofree char *lara = region ("Lara", NULL);
  g_autofree char *regions = g_strjoin (",", zulia, estado, coded, atlantis, shouted, lara, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_regions ("VE", regions, &problems);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 5);
  assert_problem (problems, 0, ESC_SEVERITY_WARNING, "repeated-region", "$.elections[0].regions[1].name");
  assert_problem (problems, 1, ESC_SEVERITY_WARNING, "repeated-region", "$.elections[0].regions[2].code");
  assert_problem (problems, 2, ESC_SEVERITY_WARNING, "region-not-on-map", "$.elections[0].regions[3].name");
  assert_problem (problems, 3, ESC_SEVERITY_WARNING, "region-not-on-map", "$.elections[0].regions[4].name");
  assert_problem (problems, 4, ESC_SEVERITY_WARNING, "repeated-region", "$.elections[0].regions[4].name");
  g_assert_nonnull (strstr (((EscProblem *) g_ptr_array_index (problems, 1))->message, "Maracaibo"));
  g_assert_nonnull (strstr (((EscProblem *) g_ptr_array_index (problems, 1))->message, "Zulia"));
  g_assert_nonnull (strstr (((EscProblem *) g_ptr_array_index (problems, 4))->message, "ATLÁNTIS"));
}

/* The same land under two codes is one region twice: La Rioja, the community, and its
 * one province. */
static void
test_loader_same_land (void)
{
  g_autofree char *community = region ("La Rioja", NULL);
  g_autofree char *province = region ("Provincia de La Rioja", "ES-LO");
  g_autofree char *regions = g_strjoin (",", community, province, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_regions ("ES", regions, &problems);

  g_assert_nonnull (dataset);
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 0)), ==, "ES-RI");
  g_assert_cmpuint (problems->len, >=, 1);
  assert_problem (problems, problems->len - 1, ESC_SEVERITY_WARNING, "repeated-region", "$.elections[0].regions[1].code");
  g_assert_cmpstr (esc_subdivision_get_land ("ES-LO"), ==, "ES-RI");
  g_assert_cmpstr (esc_subdivision_get_land ("ES-B"), ==, "ES-B");
}

/* A country without a regions map: names still resolve, and no region is said to lack
 * a shape. */
static void
test_loader_no_map (void)
{
  g_autofree char *potosi = region ("SAN LUIS POTOSI", NULL);
  g_autofree char *coded = region ("CDMX", "MX-CMX");
  g_autofree char *regions = g_strjoin (",", potosi, coded, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_regions ("MX", regions, &problems);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 0)), ==, "MX-SLP");
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 1)), ==, "MX-CMX");
}

/* 100 000 regions, most of them matching nothing: one table per country, one look-up
 * per region, and the warnings capped. */
static void
test_loader_many (void)
{
  GString *regions = g_string_new (NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = NULL;

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *name = i % 2 ? g_strdup_printf ("Región %u", i) : g_strdup ("Estado Zulia");
      g_autofree char *one = region (name, NULL);

      g_string_append_printf (regions, "%s%s", i ? "," : "", one);
    }
  dataset = load_regions ("VE", regions->str, &problems);
  g_string_free (regions, TRUE);

  g_assert_nonnull (dataset);
  g_assert_cmpstr (esc_region_get_code (region_at (dataset, 99998)), ==, "VE-V");
  g_assert_null (esc_region_get_code (region_at (dataset, 99999)));
  g_assert_cmpuint (problems->len, ==, ESC_READER_MAX_PROBLEMS + 1);
  g_assert_cmpstr (((EscProblem *) g_ptr_array_index (problems, 0))->code, ==, "too-many-problems");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/subdivisions/threads", test_threads);
  g_test_add_func ("/model/subdivisions/iso-codes", test_iso_codes);
  g_test_add_func ("/model/subdivisions/aliases", test_aliases);
  g_test_add_func ("/model/subdivisions/kind-words", test_kind_words);
  g_test_add_func ("/model/subdivisions/normalization", test_normalization);
  g_test_add_func ("/model/subdivisions/ambiguity", test_ambiguity);
  g_test_add_func ("/model/subdivisions/name-variants", test_name_variants);
  g_test_add_func ("/model/subdivisions/parts-names", test_parts_names);
  g_test_add_func ("/model/subdivisions/shapes", test_shapes);
  g_test_add_func ("/model/subdivisions/loader", test_loader);
  g_test_add_func ("/model/subdivisions/loader-bad-code", test_loader_bad_code);
  g_test_add_func ("/model/subdivisions/loader-repeated", test_loader_repeated);
  g_test_add_func ("/model/subdivisions/loader-same-land", test_loader_same_land);
  g_test_add_func ("/model/subdivisions/loader-no-map", test_loader_no_map);
  g_test_add_func ("/model/subdivisions/loader-many", test_loader_many);

  return g_test_run ();
}
