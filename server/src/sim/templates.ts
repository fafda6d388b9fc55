/**
 * Complaint texts, written for the simulator (never copied from real reports): a title and a body per
 * sub-category (key `top.sub`), or per top when its subs share one voice (key `top`). Categories with
 * neither fall back to `GENERIC`. The composer (texts.ts) fills the placeholders:
 *
 * `{desa}` Desa Sumengko / Kelurahan Kepatihan · `{desaName}` Sumengko · `{kec}` Kecamatan Kalitidu ·
 * `{kecName}` Kalitidu · `{rt}` RT 03 · `{rw}` RW 02 · `{dusun}` Dusun Krajan · `{jalan}` a street or road ·
 * `{tempat}` a landmark · `{lama}` how long · `{sekolah}` a school · `{pkm}` the puskesmas · `{pasar}` the
 * market · `{n}` a small number · `{tahun}` the year · `{cat}` the category's name.
 */

/** `[title, body]` */
export type Template = readonly [string, string]

/** Texts by category code or top code (see the module comment). */
export const COMPLAINT_TEMPLATES: Readonly<Record<string, readonly Template[]>> = {
  'pupr.jalan-berlubang': [
    [
      'Jalan berlubang di {jalan}, {desa}',
      'Jalan di {jalan} dekat {tempat} banyak lubang besar {lama}. Kalau hujan lubangnya tertutup air sehingga tidak kelihatan, sudah ada pengendara motor yang jatuh.',
    ],
    [
      'Lubang jalan membahayakan pengendara di {desa}',
      'Ada lubang cukup dalam di {jalan} ({tempat}). Malam hari tidak ada penerangan, sangat berbahaya terutama bagi anak sekolah yang lewat pagi-pagi.',
    ],
    [
      'Aspal jalan kabupaten mengelupas di {kec}',
      'Aspal jalan kabupaten yang melewati {desa} mengelupas dan berlubang di banyak titik. Truk bermuatan berat sering lewat sehingga kerusakan makin parah.',
    ],
    [
      'Mohon tambal sulam jalan rusak di {desa}',
      'Jalan di {jalan} rusak {lama} dan belum ada perbaikan. Mohon setidaknya ditambal sebelum hujan makin deras.',
    ],
  ],
  'pupr.jalan-desa': [
    [
      'Jalan desa rusak parah di {dusun}, {desa}',
      'Jalan penghubung {dusun} dengan balai desa rusak parah, berlumpur kalau hujan dan berdebu kalau kemarau. Warga kesulitan mengangkut hasil panen.',
    ],
    [
      'Jalan usaha tani di {desa} tidak bisa dilalui',
      'Jalan usaha tani menuju sawah di {desa} ambles dan tergerus air. Motor dan gerobak tidak bisa lewat {lama}.',
    ],
    [
      'Jalan poros Desa {desaName} belum diperbaiki',
      'Jalan poros {desa} sudah diusulkan di musrenbang dua tahun berturut-turut tetapi belum juga diperbaiki. Batu makadamnya sudah lepas semua.',
    ],
    [
      'Jalan dusun tergerus air di {desa}',
      'Jalan di {dusun} {rt} {rw} tergerus air hujan sehingga sebagian badan jalan longsor ke saluran. Mohon dibantu plengsengan.',
    ],
  ],
  'pupr.jembatan': [
    [
      'Jembatan di {desa} retak dan miring',
      'Jembatan kecil di {dusun} ({tempat}) retak dan pagar pengamannya hilang. Setiap hari dilewati anak sekolah, warga khawatir jembatan ambruk.',
    ],
    [
      'Jembatan penghubung antardusun rusak di {desa}',
      'Lantai jembatan kayu yang menghubungkan {dusun} dengan jalan desa sudah lapuk dan berlubang. Mohon segera diganti sebelum ada korban.',
    ],
    [
      'Oprit jembatan ambles di {kec}',
      'Oprit jembatan di {desa} ambles sekitar dua puluh senti sehingga kendaraan harus mengerem mendadak. Mohon perbaikan.',
    ],
  ],
  'pupr.drainase': [
    [
      'Saluran air tersumbat di {jalan}',
      'Gorong-gorong di {jalan} ({tempat}) tersumbat sampah dan lumpur. Setiap hujan air meluap ke jalan dan masuk ke rumah warga {rt} {rw}.',
    ],
    [
      'Drainase meluap setiap hujan di {desa}',
      'Saluran drainase di {desa} terlalu kecil dan tidak pernah dikeruk. Hujan sebentar saja jalan sudah tergenang setinggi mata kaki.',
    ],
    [
      'Mohon normalisasi saluran di {desa}',
      'Parit di sepanjang {jalan} dangkal dan ditumbuhi rumput. Mohon dikeruk agar tidak banjir lagi seperti minggu lalu.',
    ],
  ],
  'pupr.penerangan-jalan': [
    [
      'Lampu jalan mati di {jalan}',
      'Lampu penerangan jalan di {jalan} dekat {tempat} mati {lama}. Jalan jadi gelap gulita di malam hari dan rawan kejahatan.',
    ],
    [
      'Penerangan jalan padam di {desa}',
      'Beberapa titik lampu jalan di {desa} padam. Warga yang pulang kerja malam merasa tidak aman.',
    ],
  ],
  'pupr.sumber-daya-air': [
    [
      'Tanggul sungai retak di {desa}',
      'Tanggul di tepi sungai dekat {dusun} retak memanjang. Kalau debit air naik, warga khawatir tanggul jebol.',
    ],
    [
      'Tebing sungai longsor dekat rumah warga {desa}',
      'Tebing sungai di belakang rumah warga {rt} {rw} {desa} longsor dan makin mendekati rumah. Mohon dibangun plengsengan.',
    ],
    [
      'Pintu air rusak di {kec}',
      'Pintu air saluran di {desa} rusak dan tidak bisa ditutup, air terbuang percuma dan sawah di hilir kekeringan.',
    ],
  ],
  'pupr.permukiman': [
    [
      'Lingkungan permukiman kumuh di {desa}',
      'Lingkungan {rt} {rw} {desa} becek, tidak ada saluran pembuangan dan jalan setapaknya rusak. Mohon masuk program penataan permukiman.',
    ],
    [
      'Fasilitas umum perumahan tidak terawat di {desa}',
      'Fasilitas umum di perumahan dekat {tempat} terbengkalai: saluran mampet dan taman tidak terurus.',
    ],
  ],
  'pupr.pertanahan': [
    [
      'Sengketa batas tanah di {desa}',
      'Ada sengketa batas tanah antara warga dan pihak desa di {dusun}. Mohon dimediasi dan dibantu pengukuran ulang.',
    ],
    [
      'Sertifikat tanah PTSL belum terbit di {desa}',
      'Warga {desa} sudah ikut program PTSL sejak tahun lalu tetapi sertifikatnya belum terbit. Mohon informasi kelanjutannya.',
    ],
  ],
  'lainnya.umum': [
    [
      'Sound system hajatan sampai larut malam di {desa}',
      'Hajatan di {desa} memakai sound system sangat keras sampai lewat tengah malam. Warga yang punya bayi dan lansia terganggu. Mohon ada aturan batas jam.',
    ],
    [
      'Banyak anjing liar berkeliaran di {desa}',
      'Di sekitar {tempat} banyak anjing liar yang mengejar anak-anak dan pengendara motor. Mohon ditertibkan.',
    ],
    [
      'Pohon besar rawan tumbang di {jalan}',
      'Ada pohon besar di tepi {jalan} ({tempat}) yang batangnya keropos dan miring ke jalan. Saat angin kencang sangat berbahaya.',
    ],
    [
      'Permohonan bantuan renovasi musala di {desa}',
      'Musala di {dusun} {desa} atapnya bocor dan dindingnya retak. Kami mohon ada bantuan hibah dari Pemkab.',
    ],
    [
      'Perangkat desa tidak ada di kantor Desa {desaName}',
      'Saat mengurus surat pengantar di kantor {desa}, perangkat desa tidak ada di tempat pada jam kerja. Warga harus bolak-balik.',
    ],
  ],
  'lainnya.pelayanan-publik': [
    [
      'Antrean pelayanan di kantor Kecamatan {kecName} terlalu lama',
      'Pelayanan di kantor {kec} sangat lambat, antre dari pagi baru dilayani siang. Mohon ditambah petugas.',
    ],
    [
      'Petugas pelayanan kurang ramah di {kec}',
      'Saya mengurus berkas di kantor {kec} dan petugasnya kurang ramah serta tidak menjelaskan syarat dengan jelas.',
    ],
    [
      'Jam pelayanan tidak sesuai jadwal di {desa}',
      'Kantor {desa} baru buka pukul sembilan padahal di papan tertulis 07.30. Mohon kedisiplinan pegawai.',
    ],
  ],
  'lainnya.usulan-pembangunan': [
    [
      'Usulan pembangunan balai RW di {desa}',
      'Warga {rw} {desa} mengusulkan pembangunan balai pertemuan karena selama ini posyandu dan rapat warga menumpang di rumah warga.',
    ],
    [
      'Usulan pembangunan plengsengan di {desa}',
      'Kami mengusulkan pembangunan plengsengan di sepanjang saluran {dusun} karena tanahnya terus tergerus setiap musim hujan.',
    ],
    [
      'Usulan lapangan olahraga untuk pemuda {desaName}',
      'Pemuda {desa} belum punya lapangan yang layak. Mohon tanah kas desa bisa dibangun lapangan voli dan sepak bola.',
    ],
  ],
  'lainnya.informasi-publik': [
    [
      'Permintaan informasi anggaran pembangunan di {desa}',
      'Saya ingin mengetahui rincian anggaran pembangunan jalan di {desa} tahun {tahun}. Mohon informasinya.',
    ],
  ],
  'ketenagakerjaan.gaji-pekerja': [
    [
      'Gaji karyawan di bawah UMK di {kec}',
      'Saya bekerja di sebuah usaha di {kec} dan gaji yang dibayarkan jauh di bawah UMK Bojonegoro. Mohon pengawasan dari dinas terkait.',
    ],
    [
      'Upah pekerja proyek belum dibayar di {desa}',
      'Pekerja proyek di {desa} sudah dua bulan belum menerima upah. Mandornya sulit dihubungi.',
    ],
  ],
  'ketenagakerjaan.rekrutmen': [
    [
      'Tenaga kerja lokal sulit masuk proyek migas di {kecName}',
      'Warga {desa} di ring satu proyek migas kesulitan masuk sebagai tenaga kerja. Kami minta prioritas tenaga kerja lokal sesuai janji perusahaan.',
    ],
    [
      'Lowongan kerja diduga dipungut biaya di {kec}',
      'Ada oknum yang meminta uang jutaan rupiah supaya bisa bekerja di perusahaan di {kec}. Mohon ditelusuri.',
    ],
  ],
  'ketenagakerjaan.tenaga-honorer': [
    [
      'Nasib tenaga honorer yang tidak masuk formasi PPPK',
      'Saya honorer lebih dari sepuluh tahun di {kec} tetapi tidak masuk formasi PPPK paruh waktu. Mohon kejelasan status kami.',
    ],
    [
      'Honor petugas kebersihan belum cair',
      'Honor petugas kebersihan di kantor {kec} belum dibayar tiga bulan.',
    ],
  ],
  'ketenagakerjaan.kinerja-asn': [
    [
      'Pegawai sering tidak masuk kantor di {kec}',
      'Ada pegawai di kantor {kec} yang jarang masuk kerja tetapi tetap menerima tunjangan. Mohon ditegur.',
    ],
  ],
  'ketenagakerjaan.tunjangan-guru': [
    [
      'Tunjangan profesi guru terlambat cair',
      'Tunjangan profesi guru di {kec} triwulan ini belum cair, padahal di daerah lain sudah.',
    ],
  ],
  'ketenagakerjaan.jaminan-sosial': [
    [
      'Perusahaan tidak mendaftarkan BPJS Ketenagakerjaan',
      'Tempat saya bekerja di {kec} tidak mendaftarkan karyawan ke BPJS Ketenagakerjaan meski sudah bekerja lebih dari setahun.',
    ],
  ],
  'sosial.dtks': [
    [
      'Warga tidak mampu belum masuk DTKS di {desa}',
      'Keluarga saya di {rt} {rw} {desa} termasuk tidak mampu tetapi belum terdaftar di DTKS, sehingga tidak bisa mendapat bantuan apa pun.',
    ],
    [
      'Bantuan tidak tepat sasaran di {desa}',
      'Ada warga {desa} yang mampu (punya mobil dan toko) tetapi terdaftar sebagai penerima bansos, sementara janda lansia di {dusun} tidak dapat.',
    ],
  ],
  'sosial.pkh': [
    [
      'Bantuan PKH tahap ini belum cair',
      'Saya penerima PKH di {desa} tetapi bantuan tahap ini belum masuk ke rekening. Pendamping belum bisa menjelaskan.',
    ],
    [
      'Dugaan potongan bantuan PKH di {desa}',
      'Ada oknum di {desa} yang meminta potongan dari bantuan PKH dengan alasan uang administrasi.',
    ],
  ],
  'sosial.bpnt': [
    [
      'Beras BPNT kualitasnya buruk di {desa}',
      'Beras dari e-warong untuk penerima BPNT di {desa} berkutu dan berbau. Mohon diawasi.',
    ],
  ],
  'sosial.bansos-daerah': [
    [
      'Lansia di {desa} belum menerima bantuan daerah',
      'Lansia di {dusun} {desa} yang terdaftar belum menerima bantuan dari Pemkab. Mohon dicek datanya.',
    ],
  ],
  'sosial.rtlh': [
    [
      'Usulan bedah rumah di {desa}',
      'Rumah keluarga lansia di {rt} {rw} {desa} berdinding gedek dan atapnya hampir roboh. Mohon dimasukkan program rumah tidak layak huni.',
    ],
    [
      'Program bedah rumah di {desa} belum dikerjakan',
      'Rumah kami sudah disurvei untuk program bedah rumah beberapa bulan lalu tetapi belum ada kelanjutan.',
    ],
  ],
  'sosial.kis': [
    [
      'KIS PBI nonaktif tanpa pemberitahuan',
      'Kartu KIS ibu saya di {desa} tiba-tiba tidak aktif saat berobat ke {pkm}. Mohon diaktifkan kembali.',
    ],
  ],
  'sosial.lainnya': [
    [
      'Warga dengan gangguan jiwa terlantar di {desa}',
      'Ada warga dengan gangguan jiwa di {desa} yang hidup sendiri tanpa perawatan. Mohon bantuan penanganan.',
    ],
  ],
  'pendidikan.penerimaan-siswa-baru': [
    [
      'Zonasi penerimaan murid baru di {kec} dirasa tidak adil',
      'Anak saya tinggal dekat {sekolah} tetapi tidak diterima karena kuota zonasi, sementara yang rumahnya lebih jauh diterima.',
    ],
    [
      'Situs pendaftaran murid baru sering error',
      'Situs pendaftaran murid baru tidak bisa diakses sejak pagi. Orang tua di {desa} kebingungan.',
    ],
  ],
  'pendidikan.biaya-sekolah': [
    [
      'Pungutan uang gedung di {sekolah}',
      '{sekolah} meminta sumbangan uang gedung dan seragam yang cukup besar kepada orang tua murid baru. Apakah ini diperbolehkan?',
    ],
    [
      'Biaya study tour memberatkan wali murid',
      'Sekolah anak saya di {kec} mewajibkan study tour dengan biaya jutaan rupiah. Banyak orang tua keberatan.',
    ],
  ],
  'pendidikan.kip': [
    [
      'Dana PIP belum bisa dicairkan siswa di {desa}',
      'Anak saya terdaftar penerima KIP tetapi dananya belum bisa dicairkan. Pihak sekolah menyuruh menunggu.',
    ],
  ],
  'pendidikan.beasiswa': [
    [
      'Informasi beasiswa kuliah dari Pemkab',
      'Mohon informasi pendaftaran beasiswa kuliah dari Pemkab Bojonegoro tahun {tahun}, syarat dan jadwalnya.',
    ],
  ],
  'pendidikan.administrasi-siswa': [
    [
      'Ijazah ditahan sekolah karena tunggakan',
      'Ijazah anak saya ditahan oleh sekolah di {kec} karena masih ada tunggakan. Kami keluarga tidak mampu.',
    ],
  ],
  'pendidikan.paud': [
    [
      'Gedung PAUD rusak di {desa}',
      'Atap gedung PAUD di {dusun} {desa} bocor dan plafonnya jebol. Anak-anak terpaksa belajar di teras.',
    ],
  ],
  pendidikan: [
    [
      'Ruang kelas rusak di {sekolah}',
      'Ruang kelas di {sekolah} plafonnya jebol dan lantainya retak. Murid terpaksa belajar bergantian.',
    ],
    [
      'Guru sering tidak masuk di {sekolah}',
      'Beberapa guru di {sekolah} sering tidak hadir sehingga murid dibiarkan tanpa pelajaran.',
    ],
  ],
  'trantibum.ketertiban-umum': [
    [
      'PKL berjualan di trotoar {jalan}',
      'Pedagang kaki lima memenuhi trotoar di {jalan} sehingga pejalan kaki terpaksa turun ke jalan. Mohon penertiban.',
    ],
    [
      'Balap liar setiap malam Minggu di {jalan}',
      'Setiap malam Minggu ada balap liar di {jalan} dekat {tempat}. Suara knalpot brong sangat mengganggu dan membahayakan.',
    ],
    [
      'Bangunan liar di atas saluran di {desa}',
      'Ada bangunan liar berdiri di atas saluran di {desa} sehingga air tidak lancar.',
    ],
  ],
  'trantibum.keresahan-masyarakat': [
    [
      'Warung buka sampai pagi meresahkan warga {desa}',
      'Ada warung di {desa} yang buka sampai pagi dan diduga menjual minuman keras. Warga resah.',
    ],
    [
      'Sabung ayam disertai judi di {desa}',
      'Di dekat {tempat} sering ada sabung ayam disertai perjudian. Mohon ditindak.',
    ],
  ],
  'trantibum.pemadaman-kebakaran': [
    [
      'Hidran tidak berfungsi saat kebakaran di {desa}',
      'Hidran di dekat {tempat} tidak ada airnya saat kebakaran kemarin. Mohon diperiksa.',
    ],
    [
      'Rumah warga terbakar di {desa}, mohon bantuan',
      'Rumah warga di {rt} {rw} {desa} terbakar semalam. Keluarga korban membutuhkan bantuan.',
    ],
  ],
  'trantibum.sampah-liar': [
    [
      'Pembuangan sampah liar di tepi {jalan}',
      'Banyak orang membuang sampah sembarangan di tepi {jalan} dekat {tempat}. Baunya menyengat dan mengundang lalat.',
    ],
  ],
  'trantibum.kriminalitas': [
    [
      'Pencurian sepeda motor marak di {desa}',
      'Sudah ada {n} kejadian pencurian sepeda motor di {desa} dalam sebulan terakhir. Mohon patroli ditingkatkan.',
    ],
  ],
  trantibum: [
    [
      'Tawuran remaja di {kec}',
      'Sering terjadi tawuran antarkelompok remaja di sekitar {tempat}. Warga takut keluar malam.',
    ],
  ],
  'perhubungan.lampu-pju': [
    [
      'PJU mati di jalan raya {kecName}',
      'Lampu PJU di jalan raya {kec} dekat {tempat} mati {lama}. Jalan gelap dan sering terjadi kecelakaan.',
    ],
    [
      'Mohon pemasangan PJU di jalan menuju {desa}',
      'Jalan menuju {desa} sepanjang hampir satu kilometer belum ada lampu penerangan sama sekali. Mohon dipasang PJU.',
    ],
  ],
  'perhubungan.parkir-liar': [
    [
      'Parkir liar di depan {pasar}',
      'Banyak juru parkir liar di depan {pasar} yang menarik tarif di atas ketentuan dan tidak memberi karcis.',
    ],
    [
      'Parkir di bahu jalan bikin macet di {jalan}',
      'Kendaraan parkir di bahu {jalan} sehingga jalan menyempit dan macet pada jam berangkat sekolah.',
    ],
  ],
  'perhubungan.transportasi-darat': [
    [
      'Truk bermuatan berlebih merusak jalan di {kec}',
      'Truk pasir dan batu bermuatan berlebih lewat {desa} setiap hari dan merusak jalan. Mohon ada penertiban tonase.',
    ],
    [
      'Rambu lalu lintas hilang di {jalan}',
      'Rambu di tikungan {jalan} dekat {tempat} hilang, pengendara dari luar daerah sering kaget.',
    ],
    [
      'Angkutan pedesaan ke {kecName} jarang beroperasi',
      'Angkutan umum dari {kec} ke kota sudah jarang sekali. Pelajar dan lansia kesulitan transportasi.',
    ],
  ],
  'perhubungan.perkeretaapian': [
    [
      'Perlintasan kereta tanpa palang pintu di {desa}',
      'Perlintasan kereta di {desa} tidak ada palang pintu maupun penjaga. Sudah beberapa kali hampir terjadi kecelakaan.',
    ],
  ],
  'lingkungan.banjir': [
    [
      'Banjir merendam permukiman di {desa}',
      'Air masuk ke rumah warga {rt} {rw} {desa} setinggi lutut sejak semalam. Warga membutuhkan perahu dan bantuan makanan.',
    ],
    [
      'Luapan Bengawan Solo genangi {desa}',
      'Bengawan Solo meluap dan menggenangi jalan serta sawah di {desa}. Akses ke {tempat} terputus.',
    ],
    [
      'Genangan banjir tidak kunjung surut di {desa}',
      'Sudah {lama} genangan di {dusun} {desa} tidak surut. Warga mulai terserang gatal-gatal dan diare.',
    ],
  ],
  'lingkungan.kekeringan': [
    [
      'Warga {desa} kesulitan air bersih',
      'Sumur warga di {dusun} {desa} sudah kering {lama}. Kami mohon kiriman air bersih dari BPBD.',
    ],
    [
      'Mohon dropping air bersih untuk {desa}',
      'Kemarau membuat warga {desa} harus membeli air atau mengambil dari sungai yang keruh. Mohon bantuan tangki air.',
    ],
  ],
  'lingkungan.longsor': [
    [
      'Tanah longsor di {desa}',
      'Tebing di {dusun} {desa} longsor dan menutup sebagian jalan. Ada rumah yang terancam.',
    ],
  ],
  'lingkungan.pengelolaan-sampah': [
    [
      'Sampah tidak diangkut di {desa}',
      'Sampah di TPS {desa} sudah menumpuk {lama} dan belum diangkut. Baunya sampai ke rumah warga.',
    ],
    [
      'TPS penuh dan meluber ke jalan di {jalan}',
      'TPS di {jalan} dekat {tempat} penuh dan sampahnya meluber ke badan jalan.',
    ],
    [
      'Pembakaran sampah mengganggu warga {desa}',
      'Ada pembakaran sampah setiap sore di {desa}, asapnya masuk ke rumah dan membuat anak-anak batuk.',
    ],
  ],
  'lingkungan.pencemaran': [
    [
      'Air sungai tercemar limbah di {kec}',
      'Air sungai di {desa} berubah warna dan berbau, diduga limbah dari usaha di sekitarnya. Banyak ikan mati.',
    ],
    [
      'Bau menyengat dari kandang ayam di {desa}',
      'Kandang ayam di dekat permukiman {desa} menimbulkan bau menyengat dan lalat.',
    ],
  ],
  'lingkungan.sanitasi': [
    [
      'Warga {desa} belum punya jamban sehat',
      'Masih banyak warga {dusun} {desa} yang buang air di sungai karena belum punya jamban. Mohon bantuan program sanitasi.',
    ],
  ],
  'tik.jaringan-internet': [
    [
      'Sinyal internet lemah di {desa}',
      'Sinyal seluler dan internet di {desa} sangat lemah. Anak sekolah kesulitan mengerjakan tugas daring.',
    ],
    ['Internet di balai Desa {desaName} mati', 'Fasilitas internet di balai {desa} tidak berfungsi {lama}.'],
  ],
  'tik.aplikasi-pemerintah': [
    [
      'Aplikasi layanan online Pemkab sering gagal',
      'Saya mencoba mengurus layanan melalui aplikasi online Pemkab Bojonegoro tetapi selalu gagal di tahap unggah dokumen.',
    ],
  ],
  'tik.tiang-jaringan': [
    [
      'Tiang kabel internet miring di {jalan}',
      'Tiang kabel internet di {jalan} miring dan kabelnya menjuntai rendah. Membahayakan pengendara.',
    ],
    [
      'Kabel fiber optik semrawut di {desa}',
      'Kabel-kabel provider internet di {desa} semrawut dan ada yang putus tergeletak di jalan.',
    ],
  ],
  'tik.konten-penipuan': [
    [
      'Penipuan mengatasnamakan pejabat Pemkab',
      'Ada akun WhatsApp mengatasnamakan pejabat Pemkab Bojonegoro yang meminta transfer uang. Mohon diumumkan agar warga waspada.',
    ],
  ],
  'tik.perjudian-online': [
    [
      'Judi online marak di kalangan remaja {kecName}',
      'Banyak remaja di {kec} kecanduan judi online. Mohon ada sosialisasi dan penindakan.',
    ],
  ],
  'kesehatan.stunting': [
    [
      'Balita gizi kurang di {desa} perlu pendampingan',
      'Ada balita di {rt} {rw} {desa} yang berat badannya terus turun. Keluarganya tidak mampu. Mohon pendampingan dari {pkm}.',
    ],
    [
      'Makanan tambahan di posyandu {desaName} terhenti',
      'PMT untuk balita di posyandu {dusun} {desa} sudah tidak diberikan {lama}. Mohon diperhatikan karena ada balita stunting.',
    ],
  ],
  'kesehatan.fasilitas-kesehatan': [
    [
      'Pelayanan di {pkm} lambat',
      'Antrean di {pkm} sangat panjang dan dokter baru datang siang. Pasien lansia menunggu berjam-jam.',
    ],
    [
      'Pustu di {desa} jarang buka',
      'Puskesmas pembantu di {desa} sering tutup sehingga warga harus ke {pkm} yang jauh.',
    ],
  ],
  'kesehatan.pelayanan-rumah-sakit': [
    [
      'Pelayanan IGD RSUD lambat',
      'Keluarga saya dari {desa} dibawa ke IGD RSUD dan harus menunggu lama tanpa penanganan. Mohon evaluasi.',
    ],
    [
      'Pasien BPJS disuruh pulang karena kamar penuh',
      'Ibu saya pasien BPJS dari {kec} disuruh pulang karena kamar penuh, padahal kondisinya masih lemah.',
    ],
  ],
  'kesehatan.jaminan-kesehatan': [
    [
      'BPJS PBI daerah tidak aktif',
      'BPJS PBI yang dibiayai Pemkab untuk keluarga saya di {desa} tidak aktif saat hendak berobat. Mohon diaktifkan.',
    ],
  ],
  'kesehatan.fogging': [
    [
      'Mohon fogging, kasus DBD di {desa}',
      'Sudah ada {n} warga {desa} yang dirawat karena demam berdarah bulan ini. Mohon dilakukan fogging.',
    ],
  ],
  'kesehatan.imunisasi': [
    [
      'Vaksin di posyandu {desaName} kosong',
      'Jadwal imunisasi di posyandu {dusun} {desa} ditunda karena vaksin kosong.',
    ],
  ],
  'kesehatan.obat': [
    [
      'Obat di {pkm} sering kosong',
      'Pasien diminta membeli obat sendiri di apotek karena stok di {pkm} habis.',
    ],
  ],
  'kesehatan.ambulans': [
    [
      'Ambulans Desa {desaName} tidak bisa dipakai',
      'Ambulans desa di {desa} rusak sehingga warga yang sakit harus dibawa dengan mobil pribadi.',
    ],
  ],
  'ekonomi.umkm': [
    [
      'Bantuan modal UMKM belum diterima di {desa}',
      'Saya pelaku UMKM di {desa} yang sudah didata untuk bantuan modal, tetapi sampai sekarang belum ada kabar.',
    ],
  ],
  'ekonomi.pajak-daerah': [
    [
      'Tagihan PBB tidak sesuai luas bangunan',
      'SPPT PBB saya di {desa} mencantumkan luas bangunan lebih besar dari kenyataan. Mohon dikoreksi.',
    ],
    [
      'SPPT PBB belum dibagikan di {desa}',
      'Warga {desa} belum menerima SPPT PBB tahun {tahun} padahal jatuh tempo sudah dekat.',
    ],
  ],
  'ekonomi.harga-bahan-pokok': [
    [
      'Harga beras naik di {pasar}',
      'Harga beras di {pasar} naik terus dalam dua minggu terakhir. Mohon operasi pasar.',
    ],
    [
      'Harga cabai melonjak di {pasar}',
      'Harga cabai di {pasar} naik dua kali lipat. Pedagang dan pembeli sama-sama mengeluh.',
    ],
  ],
  'kependudukan.ktp': [
    [
      'KTP-el belum jadi berbulan-bulan',
      'Saya merekam KTP-el di kantor {kec} {lama} tetapi sampai sekarang belum dicetak dengan alasan blangko habis.',
    ],
    [
      'Prosedur cetak ulang KTP-el yang rusak',
      'KTP-el saya patah dan saya butuh untuk mengurus bantuan. Bagaimana prosedur cetak ulang di {kec}?',
    ],
  ],
  'kependudukan.kartu-keluarga': [
    [
      'Perubahan data KK belum selesai',
      'Saya mengajukan perubahan KK setelah menikah melalui {desa} {lama} tetapi belum jadi.',
    ],
  ],
  'kependudukan.akta-kelahiran': [
    [
      'Akta kelahiran anak belum terbit',
      'Akta kelahiran anak saya yang diurus lewat {desa} belum terbit padahal dibutuhkan untuk daftar sekolah.',
    ],
  ],
  'kependudukan.pindah-domisili': [
    [
      'Surat pindah domisili lama diproses',
      'Saya mengurus surat pindah dari {desa} ke luar kabupaten dan prosesnya lama sekali.',
    ],
  ],
  'kependudukan.sinkronisasi-data': [
    [
      'NIK tidak ditemukan saat daftar BPJS',
      'NIK saya tidak ditemukan di data kependudukan saat mendaftar BPJS. Mohon sinkronisasi data.',
    ],
  ],
  'energi-sda.gangguan-air': [
    [
      'Air PDAM tidak mengalir di {desa}',
      'Air PDAM di {rt} {rw} {desa} tidak mengalir {lama}. Warga terpaksa membeli air galon untuk mandi.',
    ],
    [
      'Air PDAM keruh dan berbau di {desa}',
      'Air dari PDAM di {desa} keruh kecokelatan dan berbau. Tidak layak dipakai memasak.',
    ],
    [
      'Pipa PDAM bocor di {jalan}',
      'Pipa PDAM di {jalan} dekat {tempat} bocor, air menyembur ke jalan dan terbuang percuma.',
    ],
  ],
  'energi-sda.tarif-pdam': [
    [
      'Tagihan PDAM melonjak tidak wajar',
      'Tagihan PDAM saya di {desa} bulan ini naik tiga kali lipat padahal pemakaian biasa saja. Mohon dicek meterannya.',
    ],
  ],
  'energi-sda.air-minum-lainnya': [
    [
      'HIPPAM di {desa} tidak berfungsi',
      'Sarana air bersih desa di {desa} rusak pompanya sehingga warga tidak mendapat air.',
    ],
    [
      'Sumur bor bantuan di {desa} mangkrak',
      'Sumur bor bantuan di {dusun} {desa} tidak dipakai karena pompanya tidak pernah dipasang.',
    ],
  ],
  'energi-sda.pemadaman-listrik': [
    [
      'Listrik sering padam di {desa}',
      'Listrik di {desa} padam berkali-kali dalam seminggu tanpa pemberitahuan. Peralatan elektronik warga banyak yang rusak.',
    ],
  ],
  'energi-sda.kelangkaan-bbm-elpiji': [
    [
      'Elpiji 3 kg langka di {kec}',
      'Elpiji 3 kg sulit didapat di pangkalan di {kec}, kalaupun ada harganya jauh di atas HET.',
    ],
  ],
  'energi-sda.dampak-pertambangan': [
    [
      'Debu dan bising kendaraan proyek migas di {desa}',
      'Warga {desa} terganggu debu dan kebisingan dari lalu lalang kendaraan proyek migas. Mohon ada penyiraman jalan dan pengaturan jam.',
    ],
    [
      'Bau gas di sekitar sumur minyak di {kec}',
      'Warga di sekitar sumur minyak di {desa} mencium bau gas menyengat, terutama malam hari. Kami khawatir dampaknya bagi kesehatan.',
    ],
    [
      'Limbah sumur minyak mencemari sawah di {desa}',
      'Limbah sumur minyak di {desa} mengalir ke sawah warga dan merusak tanaman padi.',
    ],
  ],
  'energi-sda.lahan-pertambangan': [
    [
      'Ganti rugi lahan proyek migas belum tuntas di {desa}',
      'Beberapa warga {desa} belum menerima ganti rugi lahan yang dipakai untuk proyek migas. Mohon mediasi Pemkab.',
    ],
  ],
  'polhuk.pungli': [
    [
      'Dugaan pungli pengurusan surat di {desa}',
      'Untuk mengurus surat di {desa} warga dimintai uang tanpa kuitansi. Mohon ditindaklanjuti.',
    ],
    [
      'Dugaan potongan bantuan oleh oknum di {desa}',
      'Ada oknum yang memotong bantuan untuk warga {desa} dengan dalih biaya transport.',
    ],
  ],
  'polhuk.penyalahgunaan-wewenang': [
    [
      'Dugaan penyalahgunaan aset desa di {desa}',
      'Oknum perangkat {desa} diduga memakai aset desa untuk kepentingan pribadi.',
    ],
  ],
  'polhuk.pilkades': [
    [
      'Dugaan politik uang menjelang pilkades di {desa}',
      'Menjelang pilkades di {desa} ada pembagian uang kepada warga oleh tim salah satu calon.',
    ],
  ],
  'lapor.gangguan-aplikasi': [
    [
      'Tidak bisa masuk aplikasi SP4N-LAPOR!',
      'Saya tidak bisa masuk ke aplikasi SP4N-LAPOR! untuk melihat tindak lanjut laporan saya sebelumnya.',
    ],
  ],
  'lapor.kritik-saran': [
    [
      'Saran untuk layanan pengaduan Pemkab',
      'Mohon tindak lanjut laporan disertai foto hasil pekerjaan di lapangan supaya warga bisa melihat buktinya.',
    ],
  ],
  'lapor.penghapusan-laporan': [
    [
      'Mohon laporan saya dihapus',
      'Saya salah memasukkan data pribadi pada laporan sebelumnya. Mohon dihapus, saya akan melapor ulang.',
    ],
  ],
  'desa.dana-desa': [
    [
      'Penggunaan dana Desa {desaName} tidak transparan',
      'Warga {desa} tidak pernah melihat papan informasi APBDes. Mohon penggunaan dana desa dibuka kepada warga.',
    ],
  ],
  'desa.penyalahgunaan-dana-desa': [
    [
      'Proyek dana desa di {desa} tidak sesuai papan proyek',
      'Proyek jalan dari dana desa di {desa} dikerjakan asal-asalan dan volumenya tidak sesuai papan proyek.',
    ],
  ],
  'desa.pemerintahan-desa': [
    [
      'Kepala desa jarang di kantor di {desa}',
      'Kepala {desa} jarang berada di kantor sehingga urusan warga tertunda.',
    ],
  ],
  'desa.blt-dana-desa': [
    [
      'Penerima BLT dana desa di {desa} tidak tepat sasaran',
      'Daftar penerima BLT dana desa di {desa} banyak berisi keluarga perangkat desa.',
    ],
  ],
  'desa.bumdes': [
    [
      'BUMDes {desaName} tidak jelas laporannya',
      'BUMDes di {desa} sudah menerima modal besar tetapi usahanya tidak berjalan dan tidak ada laporan ke warga.',
    ],
  ],
  'pertanian.pupuk': [
    [
      'Pupuk subsidi langka di {kec}',
      'Petani di {desa} kesulitan mendapat pupuk subsidi di kios resmi padahal sudah masuk RDKK. Musim tanam sudah dimulai.',
    ],
    [
      'Pupuk subsidi dijual di atas HET di {desa}',
      'Kios di {desa} menjual pupuk subsidi di atas harga eceran tertinggi.',
    ],
  ],
  'pertanian.irigasi': [
    [
      'Air irigasi tidak sampai ke sawah di {desa}',
      'Air irigasi tidak sampai ke sawah di {desa} karena saluran rusak dan dangkal.',
    ],
  ],
  'pertanian.peternakan': [
    [
      'Ternak sapi sakit di {desa}',
      'Beberapa sapi milik warga {desa} sakit dan tidak mau makan. Mohon pemeriksaan petugas kesehatan hewan.',
    ],
  ],
  'pertanian.bantuan-pertanian': [
    [
      'Bantuan alsintan belum sampai ke poktan {desaName}',
      'Kelompok tani di {desa} sudah mengajukan bantuan traktor tetapi belum ada kejelasan.',
    ],
  ],
  mbg: [
    [
      'Menu MBG di {sekolah} berbau basi',
      'Makanan program MBG yang diterima murid {sekolah} hari ini berbau basi. Beberapa anak mengeluh sakit perut.',
    ],
  ],
  'kekerasan-sekolah': [
    [
      'Dugaan perundungan siswa di {sekolah}',
      'Anak saya sering dirundung teman di {sekolah} dan sekarang takut berangkat sekolah. Mohon ditangani.',
    ],
  ],
  'gender-inklusi': [
    [
      'Mohon pendampingan untuk korban kekerasan di {desa}',
      'Ada warga {desa} yang diduga menjadi korban kekerasan dan membutuhkan pendampingan. Mohon dinas terkait menjangkau.',
    ],
  ],
  p4gn: [
    [
      'Dugaan peredaran pil terlarang di {kec}',
      'Diduga ada peredaran pil terlarang di kalangan remaja sekitar {tempat}. Mohon ditindaklanjuti.',
    ],
  ],
  'netralitas-asn': [
    [
      'Dugaan ASN ikut kampanye di {kec}',
      'Ada pegawai di {kec} yang terlihat ikut berkampanye dan membagikan atribut calon. Mohon diperiksa.',
    ],
  ],
  'politisasi-asn': [
    [
      'Dugaan fasilitas dinas dipakai untuk politik di {kec}',
      'Kendaraan dinas terlihat dipakai untuk kegiatan politik di {kec}. Mohon ditindaklanjuti.',
    ],
  ],
  'agama.fasilitas-ibadah': [
    [
      'Permohonan bantuan pembangunan masjid di {desa}',
      'Pembangunan masjid di {dusun} {desa} terhenti karena kekurangan dana. Mohon bantuan hibah dari Pemkab.',
    ],
  ],
  'konsumen.e-commerce': [
    [
      'Tertipu belanja online',
      'Saya sudah mentransfer uang untuk barang yang dibeli secara online tetapi barang tidak dikirim dan penjual tidak bisa dihubungi.',
    ],
  ],
}

/** For categories without their own text. */
export const GENERIC: readonly Template[] = [
  [
    '{cat} di {desa}',
    'Saya ingin menyampaikan permasalahan terkait {cat} di {desa}, {kec}. Mohon perhatian dan tindak lanjut dari instansi terkait.',
  ],
  ['Keluhan {cat} di {kec}', 'Warga {desa} mengeluhkan masalah {cat} {lama}. Mohon segera ditangani.'],
]

/** What a PPID information request looks like, whatever its category. */
export const INFORMATION_REQUEST: readonly Template[] = [
  [
    'Permohonan informasi: {cat}',
    'Dengan hormat, saya memohon salinan informasi terkait {cat} di {desa}, {kec}, untuk keperluan {tujuan}. Informasi dapat dikirim melalui surel.',
  ],
  [
    'Permintaan data {cat} tahun {tahun}',
    'Saya memohon data {cat} untuk wilayah {kec} tahun {tahun} guna keperluan {tujuan}.',
  ],
]
/** Why people ask the PPID for information. */
export const REQUEST_PURPOSES = [
  'penelitian skripsi',
  'kajian lembaga swadaya masyarakat',
  'pengawasan oleh warga',
  'bahan liputan',
  'musyawarah desa',
]
