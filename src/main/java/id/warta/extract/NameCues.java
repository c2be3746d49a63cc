package id.warta.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Words that Indonesian news puts around names: titles and roles before a person ("Presiden",
 * "Sekjen"), speech verbs after one ("kata Rutte", "ujarnya"), honorifics ("Bapak", "Ibu", "Pak"),
 * and words that introduce organisations and places. Used as features by the name finder and by the
 * person rules. All lists are lower case.
 */
final class NameCues {

    enum Cue { TITLE, SPEECH, HONORIFIC, ORGANIZATION, PLACE, NONE }

    static final Set<String> TITLES = Set.of(
            "presiden", "wapres", "menteri", "menko", "mendagri", "menkeu", "menlu", "menhan", "menkes",
            "mendikbud", "menpora", "mensesneg", "menkumham", "perdana", "pm", "sekjen", "sekretaris",
            "jenderal", "ketua", "ketum", "gubernur", "wagub", "bupati", "wabup", "walikota", "wali",
            "wakil", "camat", "lurah", "kepala", "kapolri", "kapolda", "kapolres", "kapolsek", "kabareskrim",
            "kadiv", "panglima", "kasad", "kasal", "kasau", "direktur", "dirut", "ceo", "pendiri", "presdir",
            "komisaris", "manajer", "pelatih", "kapten", "striker", "gelandang", "bek", "kiper", "penyerang",
            "pemain", "aktor", "aktris", "penyanyi", "artis", "pengacara", "jubir", "anggota", "politikus",
            "politisi", "tersangka", "terdakwa", "raja", "ratu", "pangeran", "putri", "sultan", "paus",
            "kanselir", "senator", "dubes", "hakim", "jaksa", "ustaz", "ustadz", "kiai", "kyai", "habib",
            "syekh", "pastor", "romo", "uskup", "profesor", "dokter", "dosen", "rektor", "dekan", "peneliti",
            "pengamat", "ekonom", "analis", "wartawan", "jurnalis", "pengusaha", "komedian", "rapper",
            "sutradara", "produser", "presenter", "kapolsekta", "kajati", "kajari", "kasubdit", "kasat",
            "kabid", "kabag", "danrem", "dandim", "pangdam", "brigjen", "irjen", "kombes", "akbp", "kompol",
            "letjen", "mayjen", "kolonel", "ipda", "iptu", "aiptu", "bripka", "briptu", "aipda",
            "mantan", "calon", "capres", "cawapres", "caleg", "cagub", "legislator", "founder", "bos");

    static final Set<String> SPEECH = Set.of(
            "kata", "ujar", "ungkap", "tutur", "jelas", "imbuh", "tambah", "tegas", "sebut", "terang",
            "lanjut", "papar", "katanya", "ujarnya", "ungkapnya", "tuturnya", "jelasnya", "imbuhnya",
            "tambahnya", "tegasnya", "paparnya", "sebutnya", "terangnya", "lanjutnya", "mengatakan",
            "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menuturkan", "menambahkan",
            "menyebutkan", "berkata", "bertanya", "tanya", "pungkas", "pungkasnya", "kilah", "seru", "cetus",
            "ucap", "ucapnya", "beber", "bebernya", "sambung", "sambungnya", "menurut", "kata-nya");

    static final Set<String> HONORIFICS = Set.of(
            "bapak", "ibu", "pak", "bu", "sdr", "saudara", "saudari", "tuan", "nyonya", "nona", "mas",
            "mbak", "bang", "kak", "om", "tante", "haji", "hajjah", "h", "hj", "dr", "drs", "ir", "prof",
            "kh", "gus", "mr", "mrs", "ms", "sir", "dato", "datuk", "tun", "tan", "sri", "raden", "rm",
            "almarhum", "almarhumah", "mendiang", "eyang", "mbah", "cak", "ning", "bung");

    static final Set<String> ORGANIZATION_WORDS = Set.of(
            "pt", "cv", "tbk", "partai", "universitas", "bank", "kementerian", "kemenkeu", "badan",
            "komisi", "dewan", "polda", "polres", "polsek", "pengadilan", "fc", "klub", "timnas",
            "asosiasi", "ikatan", "persatuan", "lembaga", "institut", "sekolah", "rs", "rsud", "dinas",
            "fraksi", "dpp", "dpd", "dprd", "pemkot", "pemkab", "pemprov", "kejaksaan", "kejari", "kejati",
            "kpk", "dpr", "mpr", "polri", "tni", "kantor", "yayasan", "majelis", "mahkamah", "perusahaan");

    static final Set<String> PLACE_WORDS = Set.of(
            "di", "ke", "dari", "kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan", "jalan",
            "jl", "pulau", "negara", "warga", "asal", "wilayah", "kawasan", "daerah", "negeri", "kampung",
            "dusun", "gunung", "sungai", "danau", "selat", "teluk", "bandara", "pelabuhan", "stasiun");

    /** First words of organisation names that are a state's own bodies: the country in them counts. */
    static final Set<String> STATE_BODIES = Set.of(
            "pemerintah", "pemerintahan", "kementerian", "kemenlu", "kemlu", "militer", "tentara", "angkatan",
            "kedutaan", "kedubes", "parlemen", "kongres", "senat", "departemen", "kepolisian", "pasukan",
            "garda", "presiden", "kabinet", "kantor", "badan", "dinas", "mahkamah", "otoritas", "rezim",
            "kerajaan", "republik", "negara", "timnas", "tim", "delegasi", "dubes", "konsulat");

    private NameCues() {
    }

    static Cue cue(String lowerWord) {
        if (TITLES.contains(lowerWord)) {
            return Cue.TITLE;
        }
        if (SPEECH.contains(lowerWord)) {
            return Cue.SPEECH;
        }
        if (HONORIFICS.contains(lowerWord)) {
            return Cue.HONORIFIC;
        }
        if (ORGANIZATION_WORDS.contains(lowerWord)) {
            return Cue.ORGANIZATION;
        }
        if (PLACE_WORDS.contains(lowerWord)) {
            return Cue.PLACE;
        }
        return Cue.NONE;
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isSpeechVerb(String word) {
        return SPEECH.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }
}
