package org.chartcoder.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule family: each row is a sentence, the mention in it, and the traits it must get. */
class ContextRulesTest {

    private static final ContextClassifier CLASSIFIER = ContextClassifier.standard();

    static Set<Assertion> classify(String sentence, String target) {
        TargetLocator.Span span = TargetLocator.locate(sentence, target);
        assertNotNull(span, "target not found in test sentence");
        return CLASSIFIER.classify(sentence, span.begin(), span.end());
    }

    private static void check(String sentence, String target, String expected) {
        Set<Assertion> traits = classify(sentence, target);
        assertEquals(expected == null ? "" : expected, AssertionScorer.formatTraits(traits),
                () -> "'" + target + "' in: " + sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The patient denies chest pain.                              | chest pain      | NEGATION
            No evidence of pneumonia.                                   | pneumonia       | NEGATION
            No fever, chills, or night sweats.                          | night sweats    | NEGATION
            She denies fever, chills, nausea, vomiting, diarrhea, dysuria, or rash. | rash | NEGATION
            Abdomen soft without tenderness or guarding.                | guarding        | NEGATION
            Lungs are free of wheezes.                                  | wheezes         | NEGATION
            He was ruled out for myocardial infarction.                 | myocardial infarction | NEGATION
            Pulmonary embolism was ruled out by CT angiography.         | pulmonary embolism | NEGATION
            Pneumonia is unlikely.                                      | pneumonia       | NEGATION
            Blood cultures were negative.                               | blood cultures  | NEGATION
            CT of the head was negative for hemorrhage.                 | hemorrhage      | NEGATION
            She has not had any fevers since discharge.                 | fevers          | NEGATION
            The patient doesn't have shortness of breath.               | shortness of breath | NEGATION
            Bowel sounds absent.                                        | bowel sounds    | NEGATION
            Chest pain: none.                                           | chest pain      | NEGATION
            The abdomen is non-tender.                                  | tender          | NEGATION
            He no longer has chest pain.                                | chest pain      | NEGATION
            The rash is no longer present.                              | rash            | NEGATION
            Chest pain is denied.                                       | chest pain      | NEGATION
            He is not aware of any history of heart disease.            | heart disease   | NEGATION
            It is unlikely that the patient has pneumonia.              | pneumonia       | NEGATION
            The patient was not found to have any evidence of an acute coronary syndrome. | acute coronary syndrome | NEGATION
            Neg UA.                                                     | UA              | NEGATION
            She does not appear to be in any distress.                  | distress        | NEGATION
            He does not drink alcohol or use illicit drugs.             | illicit drugs   | NEGATION
            There is no reason to suspect an underlying malignancy.     | malignancy      | NEGATION
            HSV PCR of the cerebrospinal fluid was negative.            | HSV             | NEGATION
            Negative: headache, dizziness.                              | dizziness       | NEGATION
            Nausea: denies.                                             | Nausea          | NEGATION
            She had a negative workup for pulmonary embolism.           | pulmonary embolism | NEGATION
            There were no signs of end organ damage from her hypertension. | end organ damage | NEGATION
            ROS: (-) fever, (+) cough.                                  | fever           | NEGATION
            He remained in sinus rhythm without any further atrial fibrillation. | atrial fibrillation | NEGATION
            Abdomen is soft and nontender.                              | tender          | NEGATION
            An infiltrate is not seen on today's film.                  | infiltrate      | NEGATION
            The patient is symptom-free.                                | symptom         | NEGATION
            Absence of edema in both legs.                              | edema           | NEGATION
            She was monitored overnight without recurrence of atrial fibrillation. | atrial fibrillation | NEGATION
            Hypoglycemia: none since the dose was lowered.              | Hypoglycemia    | NEGATION
            None of the nodes show features suspicious for lymphoma.    | lymphoma        | NEGATION
            Two renal cysts, not yet meeting criteria for polycystic kidney disease. | polycystic kidney disease | NEGATION
            Her exam was normal, and we do not think this is a migraine.  | migraine          | NEGATION
            Appendicitis was considered but not favored given the normal CT. | Appendicitis      | NEGATION
            Numbness and tingling in the fingers: none at discharge.      | tingling          | NEGATION
            No one in your family has had problems with anesthesia.       | problems with anesthesia | NEGATION,FAMILY
            No other family members on the trip have had fever.           | fever             | NEGATION,FAMILY
            HIV Ag/Ab nonreactive 4/2024 (on PrEP, q3mo testing)          | HIV Ag/Ab         | NEGATION
            Her B12 was normal, so B12 deficiency is not contributing to the neuropathy. | B12 deficiency    | NEGATION
            There is no evidence that the cancer has spread to the liver. | spread to the liver | NEGATION
            No sign of infection; the wound has healed.                   | infection         | NEGATION
            CKD stage 5, not yet on dialysis.                             | dialysis          | NEGATION
            A small gallstone that is not causing any inflammation.       | inflammation      | NEGATION
            There are no signs of twin-twin transfusion syndrome.         | twin-twin transfusion syndrome | NEGATION
            Low iron is not causing your fatigue.                         | Low iron          | NEGATION
            Shortness of breath was not reproduced on the treadmill.      | Shortness of breath | NEGATION
            PE r/o'd on CTA 3/2024.                                       | PE                | NEGATION
            The twitching you saw does not mean he has epilepsy.          | epilepsy          | NEGATION
            Diffuse CD34 staining argues against dermatofibroma.          | dermatofibroma    | NEGATION
            She has triple-negative breast cancer.                        | breast cancer     | 
            ANCA-negative vasculitis, on rituximab.                       | vasculitis        | 
            He is HIV-negative.                                           | HIV               | NEGATION
            Her screening labs for syphilis and gonorrhea were all negative. | syphilis          | NEGATION
            Anti-dsDNA, anti-Smith and anti-centromere antibodies negative. | anti-Smith        | NEGATION
            Rule out PE: no tachycardia, hypoxia, or leg swelling.        | leg swelling      | NEGATION
            FHx of early MI (father, 45); LDL today 190, no xanthomas.    | xanthomas         | NEGATION
            The red streak is a reaction to the tape and does not mean there is a clot. | clot              | NEGATION
            Strict bed rest (no walking, no lifting) to lower the chance of bleeding. | lifting           | NEGATION
            Lacunar infarcts are unlikely to be a major contributor.      | Lacunar infarcts  |
            Pneumonia is unlikely.                                        | Pneumonia         | NEGATION
            Antibiotics were not prescribed for the sore throat.          | sore throat       |
            Your triglyceride level was normal, so high triglycerides did not cause this episode. | high triglycerides | NEGATION
            Chronic hepatitis B, HBeAg-negative, inactive carrier.        | HBeAg             | NEGATION
            Your ICD did not need to give you any shocks.                 | shocks            | NEGATION
            None of the lymph nodes removed showed spread of the cancer.  | spread of the cancer | NEGATION
            Pt herself dx with diabetes at 23, antibody negative, on low-dose glipizide. | diabetes          |
            Mother and grandfather both dx with mild diabetes, never on insulin - ?MODY. | MODY              | FAMILY,LOW_CONFIDENCE
            2. Penicillin allergy - delabeled 03/2024 after negative skin testing. | Penicillin allergy | NEGATION
            Self-reported iodine allergy (based on shellfish allergy) - not a true allergy. | iodine allergy    | NEGATION
            You are immune to hepatitis B (surface antibody positive), so no HBIG is needed. | hepatitis B       | NEGATION
            3. HBV immune (anti-HBs 112) - no HBIG indicated.             | HBV               | NEGATION
            The burn is small and does not need a skin graft.             | skin graft        | NEGATION
            Cell-free DNA 0.3%, below the threshold for acute rejection. | acute rejection | NEGATION
            Sarcoidosis - no radiographic evidence at this time. | Sarcoidosis | NEGATION
            Your cough has been gone for a week, but call if it returns. | cough | NEGATION
            She has not yet had a colonoscopy. | colonoscopy | NEGATION
            RPR NR at the first visit. | RPR | NEGATION
            Negative aspiration for blood prior to injection. | blood | NEGATION
            4. Tinnitus - denies; audiogram normal. | Tinnitus | NEGATION
            7. HIV - Ab neg 2024 | HIV | NEGATION
            Dialysis was not required after the transplant. | Dialysis | NEGATION
            No pathogenic variants were found for Lynch syndrome or polyposis. | polyposis | NEGATION
            Night sweats - none since starting treatment. | Night sweats | NEGATION
            Hepatitis C - screened negative 2023. | Hepatitis C | NEGATION
            Brain aneurysm - screening MRA negative. | Brain aneurysm | NEGATION
            Hot flashes - denies at this visit. | Hot flashes | NEGATION
            Lyme disease - considered, ruled out by serology. | Lyme disease | NEGATION
            We do not think your back pain is from a kidney stone. | kidney stone | NEGATION
            We do not think your back pain is from a kidney stone. | back pain |
            The fluid was sent and was negative for malignant cells. | malignant cells | NEGATION
            Screening before the transplant: negative for HIV, hepatitis B and hepatitis C. | hepatitis C | NEGATION
            0/3 sentinel nodes with metastatic melanoma. | metastatic melanoma | NEGATION
            Hypoglycemia - no events to date. | Hypoglycemia | NEGATION
            Tonsillectomy not indicated at this time. | Tonsillectomy | NEGATION
            Syphilis EIA at intake visit nonreactive. | Syphilis | NEGATION
            His wife has not noticed any snoring. | snoring | NEGATION
            Margins clear of tumor. | tumor | NEGATION
            Sputum culture: Burkholderia cepacia not isolated. | Burkholderia cepacia | NEGATION
            MRSA - never isolated. | MRSA | NEGATION
            Genetic testing, which was negative for Lynch syndrome, was done last year. | Lynch syndrome | NEGATION
            Alteplase was not given because of a recent bleed. | Alteplase | NEGATION
            Anxiety: screened negative (GAD-2 score 0). | Anxiety | NEGATION
            C-spine injury - cleared clinically per NEXUS. | C-spine injury | NEGATION
            No history of bleeding problems before his planned knee replacement. | bleeding problems | NEGATION
            No history of bleeding problems before his planned knee replacement. | knee replacement |
            The 12 nodes were all negative for carcinoma. | carcinoma | NEGATION
            Margins uninvolved by melanoma. | melanoma | NEGATION
            Ultrasound showed no abscess and a small amount of free fluid. | abscess | NEGATION
            Ultrasound showed no abscess and a small amount of free fluid. | free fluid |
            Thrombotic microangiopathy screen negative: haptoglobin normal. | Thrombotic microangiopathy | NEGATION
            There was concern for appendicitis, but the ultrasound ruled this out. | appendicitis | NEGATION
            He was tested for flu and COVID-19 at the clinic, and both tests were negative. | flu | NEGATION
            Celiac antibodies (tTG-IgA, DGP-IgG) negative. | Celiac antibodies | NEGATION
            Mucosal wave absent over the left vocal fold polyp. | left vocal fold polyp |
            Her urine cultures stayed negative for 72 hours. | urine cultures | NEGATION
            She is in complete remission and MRD negative. | complete remission |
            Malaria thick and thin smears: negative; rapid antigen negative. | Malaria | NEGATION
            HBV immune (anti-HBs 112). | HBV | NEGATION
            33. Diabetes mellitus: no, A1c 5.4%. | Diabetes mellitus | NEGATION
            None of your brothers or sisters have had fainting spells. | fainting spells | NEGATION,FAMILY
            There is no history of bleeding disorders in your family. | bleeding disorders | NEGATION,FAMILY
            MRD by 10-color flow cytometry: negative (<0.01%). | MRD | NEGATION
            MRD by 10-color flow cytometry: positive (0.5%). | MRD |
            8. History of CMV viremia 2020, treated with valganciclovir; CMV PCR negative since. | CMV PCR | NEGATION
            MSSA bacteremia, BCx neg since 4/3. | MSSA bacteremia |
            Patient was evaluated for LMNA and FLNC variants, which were not found. | FLNC variants | NEGATION
            Patient was evaluated for LMNA and FLNC variants, which were found in his father. | FLNC variants |
            The patient currently has a right knee effusion; family history was reviewed and is negative for inflammatory arthritis. | inflammatory arthritis | NEGATION,FAMILY
            Family history was reviewed; mother has lupus. | lupus | FAMILY
            1. Polyarticular JIA, RF negative, ANA positive - active, 4 active joints today. | Polyarticular JIA |
            RF negative. | RF | NEGATION
            Lyme IgG/IgM by ELISA negative. | Lyme | NEGATION
            Hyperactive-impulsive symptoms were not endorsed by either rater. | Hyperactive-impulsive symptoms | NEGATION
            Autism spectrum disorder was considered and is not supported by history or direct observation. | Autism spectrum disorder | NEGATION
            Tourette syndrome is unlikely because his tics started less than a year ago. | Tourette syndrome | NEGATION
            Tourette syndrome is unlikely because his tics started less than a year ago. | tics |
            Your scalp tenderness is gone and your ESR has come down to 22. | scalp tenderness | NEGATION
            Take colchicine 0.6 mg twice a day until the swelling in your toe is gone, then stop. | swelling |
            Sister was evaluated for possible GCA, which was ruled out by temporal artery biopsy. | GCA | NEGATION,FAMILY
            31. Hepatitis B core Ab positive, surface Ag negative - entecavir prophylaxis against HBV reactivation. | Hepatitis B core Ab |
            Father's tumor was an EGFR-mutant adenocarcinoma in a never-smoker, prompting a genetic counseling referral for the patient. | genetic counseling referral |
            Today he had no fever, and his lungs were clear on exam. | lungs were clear |
            Today he had no fever, and his lungs were clear on exam. | fever | NEGATION
            Pt denies family history of bleeding disorders, and her coags today are normal. | coags |
            HSV seronegative, so acyclovir prophylaxis is not needed. | HSV | NEGATION
            Hypothyroidism and seronegative arthritis. | Hypothyroidism |
            The redness is mild and is not a sign of an infection. | infection | NEGATION
            Recurrent vertigo, central cause ruled out with a normal MRI. | Recurrent vertigo |
            An infectious, toxic or demyelinating cause was ruled out. | infectious | NEGATION
            Her father had hepatitis B but never developed cirrhosis. | cirrhosis | NEGATION,FAMILY
            Your lithium level was high because you were dehydrated, not because of an overdose. | overdose | NEGATION
            Precipitated withdrawal did not occur after the first 4 mg buprenorphine dose. | Precipitated withdrawal | NEGATION
            HIV 4th generation antigen/antibody test: non-reactive. | HIV | NEGATION
            The doctor does not think you have a leak, but a repeat swallow study was ordered. | leak | NEGATION
            No parenchymal abnormalities consistent with pneumoconiosis. | pneumoconiosis | NEGATION
            You were checked for compartment syndrome and there was none, but return for increasing tightness in the forearm. | compartment syndrome | NEGATION
            Cervical radiculopathy: not supported by EMG, no further workup needed. | Cervical radiculopathy | NEGATION
            Concomitant cyanide toxicity was considered but is unlikely given a normal lactate. | cyanide toxicity | NEGATION
            You said the night-time numbness that used to wake you up is already gone. | night-time numbness | NEGATION
            Take colchicine twice a day until the swelling in your toe is gone, then stop. | swelling |
            We do not think your new knee pain is a fracture, but call us if it gets worse. | fracture | NEGATION
            Neither parent has ever had a kidney stone. | kidney stone | NEGATION,FAMILY
            Parents deny any choking episodes since discharge. | choking episodes | NEGATION
            Parents deny any prior fractures or bruises in the child. | bruises | NEGATION
            Chlamydia was positive and trichomonas was negative. | Chlamydia |
            Chlamydia was positive and trichomonas was negative. | trichomonas | NEGATION
            He had no vomiting or neck stiffness with this headache. | headache |
            No one in her family has ever had lupus. | lupus | NEGATION,FAMILY
            No one in his family has needed a defibrillator or had a cardiac arrest. | cardiac arrest | NEGATION,FAMILY
            The new inhaler did not cause any palpitations. | palpitations | NEGATION
            We do not think you are having a heart attack. | heart attack | NEGATION
            Your ankle was checked for a fracture and none was found. | fracture | NEGATION
            His fatigue is not explained by anemia or thyroid disease. | thyroid disease | NEGATION
            No one else in her dorm has had a fever or cough. | fever | NEGATION
            Nobody else in the shelter has a fever. | fever | NEGATION
            Foster father denies cough, fever, or diarrhea. | diarrhea | NEGATION
            Your blood count was normal, so we do not think you were bleeding internally. | bleeding internally | NEGATION
            Resident does not meet Loeb criteria for cystitis. | cystitis | NEGATION
            The new brace has not caused any skin breakdown. | skin breakdown | NEGATION
            Tobacco: never smoker. | smoker | NEGATION
            We looked for a kidney infection and the blood test was normal. | kidney infection | NEGATION
            He was examined for a fracture, but none was found. | fracture | NEGATION
            Newborn screen was a false positive for galactosemia. | galactosemia | NEGATION
            The systemic score is 4, and the patient does not meet revised Ghent criteria for Marfan syndrome. | Marfan syndrome | NEGATION
            Generalized anxiety, screen negative for panic disorder. | panic disorder | NEGATION
            It is unlikely that her high sugars were caused by the steroid shot she got last week. | high sugars |
            No one on either side of the family has had seizures. | seizures | NEGATION,FAMILY
            We do not think his shunt is blocked at this time. | blocked | NEGATION
            Your blood test for diabetes came back normal. | diabetes | NEGATION
            She has two sons, and neither has had any health problems. | health problems | NEGATION,FAMILY
            Cor pulmonale - no evidence on most recent echo (2024). | Cor pulmonale | NEGATION
            The eye doctor found no cataract or retina problem that could explain your blurry vision. | cataract | NEGATION
            After the ablation lesion set, atrial flutter was no longer inducible. | atrial flutter | NEGATION
            Malignant hyperthermia - no personal hx; uses TIVA. | Malignant hyperthermia | NEGATION
            No one else in the home has been sick, per his son. | sick | NEGATION
            Neither of the children has had COVID-19. | COVID-19 | NEGATION,FAMILY
            Lyme IgG Western blot showed 2 of 10 bands, negative by CDC criteria. | Lyme | NEGATION
            Her sister's fibromyalgia was initially misdiagnosed as lupus. | lupus | NEGATION,FAMILY
            We do not think Noah has a hormone problem at this time. | hormone problem | NEGATION
            You passed your swallow test, so there is no longer a concern for aspiration. | aspiration | NEGATION
            Cortisol at 60 minutes after cosyntropin was 22 mcg/dL, ruling out adrenal insufficiency. | adrenal insufficiency | NEGATION
            Pneumonia was a concern when you arrived, but it was ruled out by your chest CT. | Pneumonia | NEGATION
            Her brother was evaluated for sarcoidosis last year and does not have it. | sarcoidosis | NEGATION,FAMILY
            Your low blood sugar episodes have stopped since your glipizide was discontinued. | low blood sugar episodes | NEGATION
            Fever - yes, 101.8 at home. Graft pain - no. | Graft pain | NEGATION
            Compensatory sweating after BTX-A - pt denies. | Compensatory sweating | NEGATION
            - Pt denies AH/VH; no evidence of internal preoccupation. | AH/VH | NEGATION
            No one at home has had pink eye this month. | pink eye | NEGATION
            No other household members are sick. | sick | NEGATION
            Skin prick testing negative to peanut, cashew, and sesame. | sesame | NEGATION
            Blood culture negative to date. | Blood culture | NEGATION
            Immunofluorescence is negative; linear IgA disease is not supported. | linear IgA disease | NEGATION
            Her brother turned out not to have celiac disease. | celiac disease | NEGATION,FAMILY
            The numbness in your fingers has not come back since you started the splint. | numbness | NEGATION
            We do not believe your neck pain is a disc herniation. | disc herniation | NEGATION
            Wife has never observed any leg kicking at night. | leg kicking | NEGATION
            Neither parent nor any sibling has had kidney stones. | kidney stones | NEGATION,FAMILY
            Tuberculin skin test 0 mm induration at 48 hours. | induration | NEGATION
            """)
    void negationTriggersBeforeAndAfterTheMention(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            No change in her chronic back pain.                         | back pain       |
            There has been no increase in the size of the effusion.     | effusion        |
            Not only fever but also rigors were present.                | fever           |
            Gram negative rods grew from the urine, consistent with urosepsis. | urosepsis |
            We have not been able to rule out infection.                | infection       | LOW_CONFIDENCE
            Malignancy cannot be excluded.                              | malignancy      | LOW_CONFIDENCE
            She ambulates without difficulty despite her arthritis.     | arthritis       |
            No further episodes of syncope after admission, but persistent dizziness. | dizziness |
            There was no improvement in his dyspnea.                    | dyspnea         |
            No cause of the anemia was identified.                      | anemia          |
            She no longer requires oxygen for her COPD.                 | COPD            |
            The rash was not felt to be related to the vancomycin.      | rash            |
            She did not deny having chest pain.                         | chest pain      |
            ROS: (-) fever, (+) cough.                                  | cough           |
            He was admitted with community-acquired pneumonia.          | pneumonia       |
            Tylenol was given without relief of her headache.           | headache        |
            It was not until the next day that she developed a rash.    | rash            |
            E. coli bacteremia, blood cultures negative since Monday.   | bacteremia      |
            X-rays showed no fracture, only a sprain.                   | sprain          |
            Calciphylaxis unlikely, rash c/w livedo reticularis.        | livedo reticularis |
            Small hiatal hernia, not seen on the prior study.           | hiatal hernia   |
            Do not scratch the rash.                                      | rash              |
            Syncope - neg CT head, orthostatic vitals pending.            | Syncope           |
            The swallowed coin has passed into the stomach on today's film. | swallowed coin    | 
            Your headache after the procedure is expected and will go away in a day or two. | headache          | 
            Spike-wave discharges, possibly childhood absence epilepsy.   | childhood absence epilepsy | LOW_CONFIDENCE
            Biopsy confirmed non-Hodgkin lymphoma.                        | non-Hodgkin lymphoma | 
            Non-small cell lung cancer, stage IV.                         | Non-small cell lung cancer | 
            Abdomen soft and non-tender.                                  | tender            | NEGATION
            She is a non-smoker.                                          | non-smoker        | NEGATION
            Abdomen non-painful to palpation.                             | non-painful       | NEGATION
            Non-healing ulcer of the left heel.                           | Non-healing ulcer | 
            Chronic hepatitis B, HBeAg-negative, inactive carrier.        | Chronic hepatitis B |
            They raise the risk of the fusion not healing (pseudarthrosis). | pseudarthrosis    | HYPOTHETICAL
            #Rh negative, antibody screen neg - RhoGAM given at 28 wks.   | Rh negative       |
            Patient herself has a seizure disorder, seizure-free x 5 yrs on lamotrigine. | seizure disorder  |
            Acute tryptase 21.4 at 90 min vs baseline 3.8, consistent with mast cell activation. | mast cell activation |
            Your child's rapid strep test was negative, so antibiotics are not needed for this sore throat. | sore throat       |
            - Hyponatremia (Na 128) - free water restriction. | Hyponatremia |
            Chronic hepatitis B, HBeAg neg, on entecavir. | Chronic hepatitis B |
            Genital ulcers, HSV PCR neg. | Genital ulcers |
            Dipstick: trace protein, nitrite negative. | trace protein |
            The small bruise near your incision is not a concern. | small bruise |
            It is normal to still have some dizziness this week. | dizziness |
            Your teammates said that you did not black out. | black out | NEGATION
            The bruising on your arm is expected to slowly fade. | bruising |
            Dr. Patel does not feel that you need surgery for the ganglion cyst. | ganglion cyst |
            Oligomenorrhea, hirsutism, elevated free testosterone; ultrasound pending. | hirsutism |
            Sexually active with two female partners, no prior STIs. | STIs | NEGATION
            Her screening mammogram last year showed a small cyst. | small cyst |
            Do not drive until your dizziness has resolved. | dizziness |
            Mild "no-no" head tremor at rest. | head tremor |
            Bacteremia with coagulase-negative staph. | Bacteremia |
            Seek care for bleeding that won't stop or new bruising. | new bruising | HYPOTHETICAL
            S/p cone biopsy with negative margins. | cone biopsy | HISTORICAL
            Anemia of CKD, not contributing to his fatigue. | Anemia of CKD |
            Do not take naproxen again if you develop black stools. | black stools | HYPOTHETICAL
            Mild irregular contractions on toco, not felt by the patient. | irregular contractions |
            Six CSF-specific oligoclonal bands, absent in paired serum. | oligoclonal bands |
            Varicella IgG positive - immune. | Varicella IgG |
            Oliguric AKI on CRRT, net negative 100 mL/hr. | Oliguric AKI |
            Differential hypoxemia present: R radial SpO2 88% vs post-oxygenator 100%. | Differential hypoxemia |
            Umbilical artery Doppler with intermittent absent end-diastolic flow. | absent end-diastolic flow |
            An anti-Jka was identified, and Jka-negative units will be given. | anti-Jka |
            PMH: asthma, migraine without aura, hypothyroidism. | hypothyroidism | HISTORICAL
            We stopped amantadine because it likely caused the swelling in your legs. | swelling in your legs |
            There is no need to call about the mild ankle swelling you have now. | ankle swelling |
            Dear parents: Leo's genetic test confirmed that he has DYT1 dystonia. | DYT1 dystonia |
            To the parents: your son was treated today for a partial-thickness burn to his right forearm. | partial-thickness burn |
            Your doctors do not think the ulcer on your heel will need surgery. | ulcer |
            Antibiotics will not help this viral cough. | viral cough |
            The MRI showed no change in her syrinx compared with last year. | syrinx |
            Your son has strep throat and may return to school after 24 hours of antibiotics. | strep throat |
            Parents: your son has hand, foot and mouth disease. | hand, foot and mouth disease |
            Wound culture grew Pasteurella multocida, beta-lactamase negative. | Pasteurella multocida |
            His wife has witnessed pauses in his breathing at night. | pauses in his breathing |
            There is no need to go to the emergency room for the mild soreness you feel after exercise. | soreness |
            Your dizziness is expected to come and go. | dizziness |
            Keep her out of the kids' club until the rash has faded. | rash |
            Methotrexate did not control your arthritis, so it was stopped. | arthritis |
            MRI: right TMJ disc displacement without reduction, with joint effusion. | joint effusion |
            Two ER visits for wheezing in the past 6 months. | wheezing |
            Children who have eczema are more likely to develop asthma. | eczema |
            Classic galactosemia, on lactose-free diet since day 8 of life. | Classic galactosemia |
            Never let Ethan go more than 8 hours without eating, because fasting can cause dangerously low blood sugar. | low blood sugar | HYPOTHETICAL
            Your CT scan before discharge showed no enlargement of the false lumen. | false lumen |
            Vegan diet for ten years, which likely contributes to her iron deficiency. | iron deficiency |
            Moderate AC joint arthrosis with inferior osteophytes, which may contribute to impingement. | impingement | LOW_CONFIDENCE
            Assessment: Neurogenic bladder with worsening compliance, likely contributing to the new left hydronephrosis. | left hydronephrosis |
            2. Hx left breast cancer, ER/PR negative, dx 2016, s/p bilateral mastectomy. | left breast cancer | HISTORICAL
            Her daughter, 17, should have carrier testing before any surgery because of the risk of bleeding. | bleeding | HYPOTHETICAL,FAMILY
            Ph-positive B-ALL, MRD negative by flow before transplant. | Ph-positive B-ALL |
            Ocular myasthenia gravis, seronegative, stable on pyridostigmine alone. | Ocular myasthenia gravis |
            On arrival: alert, in no acute distress, mildly cyanotic at baseline. | cyanotic |
            Afebrile, VSS, in no acute distress. | acute distress | NEGATION
            Parent reports decreased oral intake; no vomiting or diarrhea. | diarrhea | NEGATION
            The babysitter was not aware of her peanut allergy. | peanut allergy |
            Patient denies nausea, which does not match her vomiting on the ward. | vomiting |
            Arrived after using his EpiPen for lip swelling at a party. | lip swelling |
            Mother with celiac disease, strictly gluten-free. | celiac disease | FAMILY
            Sent home with mother for a fever of 101. | fever |
            Cocaine-associated chest pain, troponin negative x 2. | chest pain |
            Hypoglycemia from sulfonylurea, on octreotide, no recurrence overnight. | Hypoglycemia |
            Caring for her disabled husband has led to low back pain. | low back pain |
            She is a regular plasma donor with no history of fainting. | fainting | NEGATION
            His twin sister reports that the patient has been vomiting since noon. | vomiting |
            """)
    void pseudoTriggersDoNotNegate(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            No fever but has a productive cough.                        | cough           |
            Denies chest pain, however reports palpitations.            | palpitations    |
            No acute distress aside from mild headache.                 | headache        |
            No other complaints except for back pain.                   | back pain       |
            No evidence of bleeding, which is reassuring given the anemia. | anemia       |
            Negative for fever; positive for sore throat.               | sore throat     |
            He denies dyspnea and reports orthopnea.                    | orthopnea       |
            No rash was seen. Has a cough.                              | cough           |
            No hematuria, dysuria secondary to the catheter.            | dysuria         | NEGATION
            The patient was not able to walk due to severe knee pain.   | knee pain       |
            There is a 5 mm nodule, which was not present on the prior study. | nodule    |
            Although she had no chest pain, her troponin was elevated.  | troponin        |
            Fever - no. Cough - yes.                                    | Cough           |
            He does not smoke and drinks alcohol occasionally.          | alcohol         |
            He would not want intubation.                               | intubation      |
            There were no signs of end organ damage from her hypertension. | hypertension |
            She has peripheral vascular disease with absent pedal pulses. | peripheral vascular disease |
            A man with no significant past medical history who presents with fever and neck stiffness. | neck stiffness |
            At increased risk of falls given her gait instability.      | gait instability |
            Syncope - PE ruled out by CTA.                              | Syncope         |
            Syncope - PE ruled out by CTA.                              | PE              | NEGATION
            Pneumonia - ruled out.                                      | Pneumonia       | NEGATION
            Dyspnea - ? CHF exacerbation.                               | Dyspnea         |
            Findings suspicious for appendicitis, including a dilated appendix and fat stranding. | dilated appendix |
            Denies depression, +anxiety most days.                        | anxiety           |
            R/O Lyme arthritis - L knee effusion, serology pending        | L knee effusion   | 
            R/O Lyme arthritis - L knee effusion, serology pending        | Lyme arthritis    | HYPOTHETICAL
            She is at high risk for falls because of her Parkinson disease. | Parkinson disease | 
            Evaluate for Birt-Hogg-Dube syndrome, mother had renal tumors. | renal tumors      | FAMILY
            Evaluate for Birt-Hogg-Dube syndrome, mother had renal tumors. | Birt-Hogg-Dube syndrome | HYPOTHETICAL
            Monoclonal gammopathy - r/o myeloma, SPEP/free light chains sent | myeloma           | HYPOTHETICAL
            No high-risk plaque features such as positive remodeling.     | positive remodeling | NEGATION
            No lifting over 10 lb for 6 weeks to prevent an incisional hernia. | incisional hernia | HYPOTHETICAL
            No contact sports until cleared, to reduce the risk of a second concussion. | second concussion | HYPOTHETICAL
            Most likely a seizure, because you bit your tongue.           | bit your tongue   | 
            Most likely a seizure, because of the tongue bite.            | seizure           | LOW_CONFIDENCE
            Recorded without an EEG change, raising concern for nonepileptic events. | nonepileptic events | LOW_CONFIDENCE
            Mother died at 70; she had glaucoma.                          | glaucoma          | FAMILY
            Mother died at 70; he has glaucoma.                           | glaucoma          | 
            Your heart catheterization showed no blockages in the heart arteries, so your weak heart muscle is not from coronary disease. | weak heart muscle |
            Your heart catheterization showed no blockages in the heart arteries, so your weak heart muscle is not from coronary disease. | blockages         | NEGATION
            Since you already had a stroke in 2021, any new face drooping is an emergency. | stroke            | HISTORICAL
            Because your father died suddenly at 40, call us right away if you pass out during exercise. | pass out          | HYPOTHETICAL
            Because your father died suddenly at 40, call us right away if you pass out during exercise. | died suddenly     | FAMILY
            Given the history of gastric adenocarcinoma, weight loss and anemia, ascites was suspected. | anemia            |
            Given the history of gastric adenocarcinoma, weight loss and anemia, ascites was suspected. | gastric adenocarcinoma | HISTORICAL
            COVID-19 myocarditis (2021) - no residual LV dysfunction on CMR. | myocarditis       | HISTORICAL
            Recurrent typical AFL after CTI ablation in 2019 - plan redo ablation. | typical AFL       |
            Compared with 6 weeks prior, healing distal radius fracture with bridging callus. | distal radius fracture |
            Patient herself has progressive thoracic scoliosis, 24 degrees today vs. 18 degrees last year. | thoracic scoliosis |
            Baby's father has the flu - call if you develop fever.        | fever             | HYPOTHETICAL
            ETCO2 rising to 68 with tachycardia and masseter rigidity — MH suspected, volatile off. | masseter rigidity |
            Resolved problems: infantile eczema; umbilical hernia (closed spontaneously by age 3). | umbilical hernia  | HISTORICAL
            Asthma, mild intermittent, last exacerbation 2 yrs ago - albuterol pre-induction. | Asthma            |
            C5 SCI s/p C4-C6 ACDF (1/2024), new ascending numbness.       | ascending numbness |
            Please do not wait if the swelling comes back.                | swelling          | HYPOTHETICAL
            Problems: 1. Chest pain, r/o PE 2. Syncope. | Syncope |
            1. Chest pain, r/o PE 2. Syncope. | PE | HYPOTHETICAL
            Possible sleep apnea contributing to his atrial fibrillation. | atrial fibrillation |
            Lymphoma cannot be excluded given night sweats. | night sweats |
            RETURN PRECAUTIONS: You were treated today for a sprained ankle. | sprained ankle |
            RETURN PRECAUTIONS: Because Ben has an umbilical hernia, come in for a hard, painful bulge. | umbilical hernia |
            There is no family history of seizures, and the patient's spells are felt to be syncope. | spells |
            Lumbar puncture to rule out encephalitis in a febrile child with lethargy. | lethargy |
            Rule out B12 deficiency as contributor to paresthesias; level ordered. | paresthesias |
            Rule out B12 deficiency as contributor to paresthesias; level ordered. | B12 deficiency | HYPOTHETICAL
            Worsening numbness, likely a pseudo-relapse triggered by your bladder infection. | bladder infection |
            Your COPD flare, most likely triggered by a cold virus. | cold virus | LOW_CONFIDENCE
            Family history not obtained due to altered mental status. | altered mental status |
            A man with no relevant history, who consulted for headache. | headache |
            An 8-day-old whose parents consulted due to poor umbilical healing. | poor umbilical healing |
            Mother with ESRD secondary to ADPKD. | ADPKD | FAMILY
            Admitted for suspected sepsis after sudden rigors. | rigors |
            Admitted for suspected sepsis after sudden rigors. | sepsis | LOW_CONFIDENCE
            Lives with his wife and three children and works as a bus driver with frequent sick contacts. | sick contacts |
            Call 911 if your wife finds you hard to wake or you have a seizure. | seizure | HYPOTHETICAL
            Collided with a teammate at practice and has a forehead laceration. | forehead laceration |
            His mother adds that he has had headaches every morning. | headaches |
            The report describes a cough. | cough |
            Holter monitor showed no pauses to explain her dizziness. | dizziness |
            Consult to evaluate for abusive head trauma in a 3-month-old with a skull fracture. | skull fracture |
            Her new inhaler may be worsening her hoarseness. | hoarseness |
            She has knee pain on both sides. | knee pain |
            Both parents report that she has had a cough for a week. | cough |
            Your husband or family should call 911 if you faint. | faint | HYPOTHETICAL
            Unlike her sister, Mia does not have eczema. | eczema | NEGATION
            You were not having an arrhythmia when you felt the fluttering this morning. | fluttering |
            Do not exercise if ketones are present. | ketones | HYPOTHETICAL
            Call us if your pain is not controlled, since you are a CYP2D6 poor metabolizer and codeine will not work well for you. | CYP2D6 poor metabolizer |
            The eye doctor found no cataract or retina problem that could explain your blurry vision. | blurry vision |
            The family has no car, and the student often comes to school hungry. | hungry |
            Grandfather smokes, and the student has a wet cough. | wet cough |
            Her son, age 9, has not been tested yet but is at risk for hearing loss. | hearing loss | HYPOTHETICAL,FAMILY
            """)
    void scopesEndAtConjunctionsClausesAndSentenceEnds(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rule out myocardial infarction.                             | myocardial infarction | HYPOTHETICAL
            Admitted to r/o sepsis.                                     | sepsis          | HYPOTHETICAL
            He will need to be tested for hepatitis C.                  | hepatitis C     | HYPOTHETICAL
            Return to the ED if you develop chest pain or fever.        | fever           | HYPOTHETICAL
            Should she develop shortness of breath, she will call 911.  | shortness of breath | HYPOTHETICAL
            CT angiogram to evaluate for pulmonary embolism.            | pulmonary embolism | HYPOTHETICAL
            The patient is at risk for falls.                           | falls           | HYPOTHETICAL
            Heparin was started for DVT prophylaxis.                    | DVT             | HYPOTHETICAL
            Tylenol as needed for pain.                                 | pain            | HYPOTHETICAL
            Monitor for signs of bleeding.                              | bleeding        | HYPOTHETICAL
            An MRI to further evaluate for osteomyelitis was negative.  | osteomyelitis   | NEGATION
            He is worried about developing diabetes.                    | diabetes        | HYPOTHETICAL
            Blood cultures were sent to look for bacteremia.            | bacteremia      | HYPOTHETICAL
            She will return in six months, sooner if any problems arise. | problems       | HYPOTHETICAL
            A fistula was placed in anticipation of future dialysis.    | dialysis        | HYPOTHETICAL
            Unclear if the rash is drug related.                        | rash            |
            Should the pain recur, she will return for repeat imaging.  | pain            | HYPOTHETICAL
            He was told to call his primary care physician for any worsening of his symptoms. | worsening | HYPOTHETICAL
            Side effects including nausea and diarrhea were discussed.  | diarrhea        | HYPOTHETICAL
            There is a low likelihood of coronary disease.              | coronary disease |
            He is to take nitroglycerin for any chest pain.             | chest pain      | HYPOTHETICAL
            Repeat imaging in three months to assess for stability of the nodule. | nodule |
            Follow up CT is recommended to document resolution of the pneumonia. | pneumonia |
            If it is red or you feel feverish, call the clinic.         | feverish        | HYPOTHETICAL
            Lisinopril can occasionally cause a dry cough.              | dry cough       | HYPOTHETICAL
            Return to the clinic immediately for a fever over 101.      | fever           | HYPOTHETICAL
            She came back to the clinic right away with chest pain.     | chest pain      |
            Call the wound clinic for drainage that smells bad.         | drainage        | HYPOTHETICAL
            She was seen in the wound clinic for drainage from the incision. | drainage   |
            Fever, chills, a cough that brings up mucus, or chest pain when breathing can mean pneumonia. | Fever | HYPOTHETICAL
            He has had a fever. Chills can mean infection.              | fever           |
            A little clear drainage from the incision is OK.            | drainage        | HYPOTHETICAL
            Her pain is OK on the current regimen.                      | pain            |
            Watch for signs of infection: redness, warmth, or pus.      | pus             | HYPOTHETICAL
            Monitor for bleeding after the biopsy of your kidney: the biopsy showed lupus nephritis. | lupus nephritis |
            Trouble speaking or a drooping face means call 911.         | drooping face   | HYPOTHETICAL
            Call the diabetes clinic for a blood sugar over 300.        | blood sugar     | HYPOTHETICAL
            Tell us right away about blurred vision or a severe headache. | severe headache | HYPOTHETICAL
            Steroids can raise your blood pressure and cause swelling in your legs. | swelling | HYPOTHETICAL
            A blood clot in the lungs can be life-threatening.          | blood clot      | HYPOTHETICAL
            Wear the sling so the shoulder dislocation does not happen again. | shoulder dislocation | HYPOTHETICAL
            Bring her back right away for a stiff neck or a rash.       | rash            | HYPOTHETICAL
            Return for trouble breathing while sleeping or blue lips.   | blue lips       | HYPOTHETICAL
            Some people get headaches in the first week of treatment.   | headaches       | HYPOTHETICAL
            Bleeding that fills a pad every hour is not normal.         | Bleeding        | HYPOTHETICAL
            Your throat may feel sore for a few days.                   | sore            | HYPOTHETICAL
            A cough that lasts for weeks can be whooping cough.         | whooping cough  | HYPOTHETICAL
            These can be signs of a blood clot deep in the leg or a clot in the lungs. | clot in the lungs | HYPOTHETICAL
            Bleeding around the incision can show up a few days later.  | Bleeding        | HYPOTHETICAL
            Ask your doctor about any new numbness in your feet.        | numbness        | HYPOTHETICAL
            Go straight to labor and delivery for leaking fluid.        | leaking fluid   | HYPOTHETICAL
            An ICD was placed after a risk assessment for sudden cardiac death. | sudden cardiac death | HYPOTHETICAL
            Her screening colonoscopy showed a tubular adenoma.         | tubular adenoma |
            Depression screening score of 12, consistent with moderate depression. | moderate depression |
            Call the sleep medicine clinic right away for choking at night. | choking       | HYPOTHETICAL
            Call to schedule an appointment for your diabetes.          | diabetes        |
            Bring your son back to the ER for poor feeding.             | poor feeding    | HYPOTHETICAL
            Seek medical care right away for chest pain.                | chest pain      | HYPOTHETICAL
            Signs of a kidney infection include back pain and fever.    | back pain       | HYPOTHETICAL
            Dizziness can be a sign that you are dehydrated.            | dehydrated      | HYPOTHETICAL
            The vaccine protects you from shingles.                     | shingles        | HYPOTHETICAL
            PPx: pantoprazole for GI bleed.                             | GI bleed        | HYPOTHETICAL
            Tell your mother if you have thoughts of suicide.           | thoughts of suicide | HYPOTHETICAL
            Do not take aspirin, as it can cause stomach bleeding.      | stomach bleeding | HYPOTHETICAL
            Return for shortness of breath while exercising or swelling in your legs. | swelling | HYPOTHETICAL
            Return to the birth center or the ER right away for heavy bleeding. | heavy bleeding | HYPOTHETICAL
            Any chest pain is an emergency.                             | chest pain      | HYPOTHETICAL
            To keep your shoulder from stiffening, do the exercises twice a day. | stiffening | HYPOTHETICAL
            Because you have a history of lymphoma, call your doctor if you lose weight without trying. | lose weight without trying | HYPOTHETICAL
            Mild swelling is normal for a week after surgery.           | swelling        | HYPOTHETICAL
            Dizziness may come and go for several days.                 | Dizziness       | HYPOTHETICAL
            People with diabetes are more likely to get foot ulcers.    | foot ulcers     | HYPOTHETICAL
            Prednisone can trigger high blood sugar.                    | high blood sugar | HYPOTHETICAL
            A cold foot may mean the graft has clotted.                 | clotted         | HYPOTHETICAL
            Call if he vomits twice or has a dry mouth, which are signs of dehydration. | dehydration | HYPOTHETICAL
            When you feel short of breath, use your inhaler.            | short of breath | HYPOTHETICAL
            Retinopathy screening due next month.                       | Retinopathy     | HYPOTHETICAL
            Family members should call 911 if you have a seizure.       | seizure         | HYPOTHETICAL
            Her drooping face means the stroke is on the right.         | drooping face   |
            Your knee may stay swollen for a month.                       | swollen           | HYPOTHETICAL
            You will pass some blood clots in your urine for a few days.  | blood clots       | HYPOTHETICAL
            Fainting, a racing heartbeat, or chest pain are signs of an arrhythmia. | Fainting          | HYPOTHETICAL
            Sleepiness or poor feeding may be the first signs that the jaundice is worse. | Sleepiness        | HYPOTHETICAL
            Vomiting blood or black stools - come back.                   | black stools      | HYPOTHETICAL
            Lips turning blue or a seizure: call 911.                     | seizure           | HYPOTHETICAL
            Nerve pain after the rash heals can last for months.          | Nerve pain        | HYPOTHETICAL
            A new rash could be a rare but serious reaction called DRESS. | DRESS             | HYPOTHETICAL
            Any swelling of the face needs same-day care.                 | swelling          | HYPOTHETICAL
            High ostomy output can quickly cause dehydration.             | dehydration       | HYPOTHETICAL
            Wear the brace to keep a new fracture from happening.         | fracture          | HYPOTHETICAL
            Fever, a sore arm, and a small lump where the needle went in are common for a day after the shot. | sore arm          | HYPOTHETICAL
            Call 911 right away - do not drive yourself - for chest pain. | chest pain        | HYPOTHETICAL
            Go to urgent care today for a red streak up the arm or fever. | fever             | HYPOTHETICAL
            Return if you cannot eat because of mouth pain.               | mouth pain        | HYPOTHETICAL
            Leg swelling, chest pain, or trouble breathing - come back to the ER right away. | chest pain        | HYPOTHETICAL
            A headache that wakes you up or comes with vomiting needs a 911 call. | headache          | HYPOTHETICAL
            Swelling that keeps growing under the dressing needs to be seen tonight. | Swelling          | HYPOTHETICAL
            VTE - low risk, early ambulation.                             | VTE               | HYPOTHETICAL
            Calf pain or swelling means you should call the vascular nurse. | swelling          | HYPOTHETICAL
            Fever after day 3 means the antibiotic may not be working.    | Fever             | HYPOTHETICAL
            Dizziness, blurred vision, or a racing heart - come back, even at night. | blurred vision    | HYPOTHETICAL
            Call Labor and Delivery for leaking fluid or bleeding.        | bleeding          | HYPOTHETICAL
            Return for a headache that ibuprofen does not help, a stiff neck, or vomiting. | stiff neck        | HYPOTHETICAL
            Untreated strep can turn into rheumatic fever.                | rheumatic fever   | HYPOTHETICAL
            A seizure lasting more than 5 minutes is an emergency.        | seizure           | HYPOTHETICAL
            Keep glucagon on hand for severe low blood sugar.             | low blood sugar   | HYPOTHETICAL
            Repeat imaging is advised to confirm resolution and exclude an underlying tumor. | underlying tumor  | HYPOTHETICAL
            Black stools can indicate bleeding from the stomach.          | bleeding          | HYPOTHETICAL
            The colonoscopy is to make sure there is no polyp left behind. | polyp             | HYPOTHETICAL
            Check them twice a day for swelling or numbness.              | numbness          | HYPOTHETICAL
            A stiff neck, confusion, or a rash that does not fade are all reasons to return. | confusion         | HYPOTHETICAL
            Get help now - do not wait for your appointment - for lips that turn gray. | lips that turn gray | HYPOTHETICAL
            This medicine can cause dizziness, a dry mouth, constipation, and blurred vision. | blurred vision    | HYPOTHETICAL
            Fever, pus, or a red streak up the leg would need a recheck.  | red streak        | HYPOTHETICAL
            CIWA q2h for alcohol withdrawal.                              | alcohol withdrawal | HYPOTHETICAL
            Recalled from screening for calcifications in the right breast. | calcifications    |
            Consider evaluation for sleep apnea given the snoring.        | sleep apnea       | HYPOTHETICAL
            She may have some cramping for a day or two.                  | cramping          | HYPOTHETICAL
            About 1 in 10 people will get a headache from this medicine.  | headache          | HYPOTHETICAL
            Tylenol helps the fever, but it does not prevent seizures.    | seizures          | HYPOTHETICAL
            Take it with meals to cut down on heartburn.                  | heartburn         | HYPOTHETICAL
            Check your feet every morning for sores or cracks.            | sores             | HYPOTHETICAL
            A rash that keeps spreading needs to be looked at.            | rash              | HYPOTHETICAL
            Her father and sister both had colon polyps, so ask about testing for Lynch syndrome. | Lynch syndrome    | HYPOTHETICAL
            Chest pain with sweating means: stop, sit down, and call 911. | Chest pain        | HYPOTHETICAL
            Pneumonia can set in a few days after the flu.                | Pneumonia         | HYPOTHETICAL
            Counseled re fall risk; walker at home.                       | fall              | HYPOTHETICAL
            He is scared of having another stroke.                        | stroke            | HYPOTHETICAL
            Indication: cough and fever, eval for pneumonia.              | pneumonia         | HYPOTHETICAL
            Drink plenty of water so you do not get dehydrated.           | dehydrated        | HYPOTHETICAL
            Soreness and a low fever for a day or two after the shot are expected. | Soreness          | HYPOTHETICAL
            Vomiting blood or a black stool - bring him to the ER right away. | black stool       | HYPOTHETICAL
            Fever lasting more than 3 days should be reported to the clinic. | Fever             | HYPOTHETICAL
            Trouble breathing or a swollen tongue are emergencies.        | swollen tongue    | HYPOTHETICAL
            Fewer wet diapers or no tears when crying can mean dehydration. | dehydration       | HYPOTHETICAL
            An untreated infection is a bigger risk to the baby than the antibiotic. | infection         | HYPOTHETICAL
            AAA 5.1 cm - rupture risk high, surgery referral.             | rupture           | HYPOTHETICAL
            Transplant recipient - high risk for skin cancer, yearly skin checks. | skin cancer       | HYPOTHETICAL
            Go to Labor and Delivery triage for bleeding or leaking fluid. | bleeding          | HYPOTHETICAL
            Swelling of the lips or wheezing: use your EpiPen and call 911. | wheezing          | HYPOTHETICAL
            Rabies post-exposure prophylaxis was started today.           | Rabies            | HYPOTHETICAL
            Cardiomyopathy screening: echo and cardiac MRI annually.      | Cardiomyopathy    | HYPOTHETICAL
            Opioids often cause constipation, so give senna every night.  | constipation      | HYPOTHETICAL
            Signs that death may be near include long pauses in breathing. | long pauses in breathing | HYPOTHETICAL
            Giant cell arteritis - r/o; temporal artery biopsy scheduled 6/12 | Giant cell arteritis | HYPOTHETICAL
            Genetics referral placed to screen her for MEN2A.             | MEN2A             | HYPOTHETICAL
            Call us if there is redness spreading more than 1 inch from the tube site, pus, or bleeding. | pus               | HYPOTHETICAL
            The pathologist will also check the sample for autoimmune hepatitis. | autoimmune hepatitis | HYPOTHETICAL
            Cardiotoxicity risk w/ trastuzumab - echo q3mo                | Cardiotoxicity    | HYPOTHETICAL
            Zoledronic acid q6mo to reduce fracture risk                  | fracture          | HYPOTHETICAL
            INDICATION: High-risk surveillance for pancreatic cancer.     | pancreatic cancer | HYPOTHETICAL
            Former smoker - eligible for lung cancer screening.           | lung cancer       | HYPOTHETICAL
            Your partner needs to be tested and treated for chlamydia.    | chlamydia         | HYPOTHETICAL,FAMILY
            Younger sister (newborn) to have a sweat test for cystic fibrosis. | cystic fibrosis   | HYPOTHETICAL,FAMILY
            Return for a repeat CT in 2 weeks to check the size of the subdural hematoma. | subdural hematoma | 
            Use the mouth rinse after meals to keep infection from forming in the socket. | infection         | HYPOTHETICAL
            Use the mouth rinse to keep the sore from getting infected.   | sore              | 
            Her children should be checked for Alport syndrome.           | Alport syndrome   | HYPOTHETICAL,FAMILY
            Check the bite area twice a day for redness or pus.           | redness           | HYPOTHETICAL
            People with diabetes can get foot ulcers from small cuts.     | foot ulcers       | HYPOTHETICAL
            Do not take ibuprofen before the visit, because it can mask a fever. | fever             | HYPOTHETICAL
            INDICATION: melanoma surveillance, new mole on back.          | melanoma          | HYPOTHETICAL
            Known 3.1 cm thoracic aneurysm, surveillance.                 | thoracic aneurysm | 
            For cramps, you can take ibuprofen every 6 hours.             | cramps            | HYPOTHETICAL
            Your partner can still get pregnant for a few weeks, so use condoms. | pregnant          | HYPOTHETICAL,FAMILY
            Work-up of the patient for celiac disease is pending.         | celiac disease    | HYPOTHETICAL
            Parents: call us if your child's toes turn blue.              | toes turn blue    | HYPOTHETICAL
            Blood clots can form after long flights, so walk every hour.  | Blood clots       | HYPOTHETICAL
            Wear the brace to lower the chance that the kneecap dislocates again. | kneecap dislocates again | HYPOTHETICAL
            He is expected to develop diabetes insipidus after surgery.   | diabetes insipidus | HYPOTHETICAL
            Stopping this medicine suddenly can make seizures more likely. | seizures          | HYPOTHETICAL
            Take antibiotics before dental work to protect your heart valve from infection. | infection         | HYPOTHETICAL
            Naloxone reviewed w/ pt and roommate in case of overdose.     | overdose          | HYPOTHETICAL
            Get care right away for chest pain or fainting.               | fainting          | HYPOTHETICAL
            The cough may last for a few more weeks.                      | cough             | 
            Parents: lock up all medicines to prevent an overdose.        | overdose          | HYPOTHETICAL
            Lip swelling that makes it hard to swallow or speak is an emergency. | Lip swelling      | HYPOTHETICAL
            Toddlers can have ear infections without a fever.             | ear infections    | HYPOTHETICAL
            Come back if the wound drains pus, because this could be an abscess. | abscess           | HYPOTHETICAL
            Monitor the IV site for swelling overnight.                   | swelling          | HYPOTHETICAL
            Will check a urine test yearly to screen the patient for diabetes. | diabetes          | HYPOTHETICAL
            A small fracture can be missed on the first X-ray.            | small fracture    | HYPOTHETICAL
            Her blood was tested for anemia at the visit.                 | anemia            | HYPOTHETICAL
            Weekly weights and home BP checks for preeclampsia.           | preeclampsia      | HYPOTHETICAL
            The biopsy will tell us whether this is a melanoma.           | melanoma          | HYPOTHETICAL
            BRCA testing was recommended.                                 | BRCA              | HYPOTHETICAL
            Lung nodule, stable - surveillance CT in 12 months.           | Lung nodule       | 
            Please write down any headaches and what you ate before them. | headaches         | HYPOTHETICAL
            Keep the rescue inhaler with you to use for wheezing.         | wheezing          | HYPOTHETICAL
            Your doctor will check again for anemia in six weeks.         | anemia            | HYPOTHETICAL
            GDM screen at 28 weeks                                        | GDM               | HYPOTHETICAL
            Monthly labs will check for lithium toxicity.                 | lithium toxicity  | HYPOTHETICAL
            Keep the patch on to protect it from scratching and infection. | infection         | HYPOTHETICAL
            We will schedule a colonoscopy after you recover.             | colonoscopy       | HYPOTHETICAL
            Do not stop prednisone early, because the rash can flare up.  | rash              | HYPOTHETICAL
            Call us if the leg swells, since this could be a blood clot.  | blood clot        | HYPOTHETICAL
            He is worried about having a stroke like his father.          | stroke            | HYPOTHETICAL
            Return if the calf becomes red and swollen, as this could be a blood clot. | blood clot        | HYPOTHETICAL
            It is normal to pass small clots for a day after the procedure. | pass small clots  | HYPOTHETICAL
            Lisinopril can raise your potassium level.                    | raise your potassium level | HYPOTHETICAL
            Watch for bleeding: nosebleeds or blood in the urine.         | blood in the urine | HYPOTHETICAL
            Call for calf pain, since your clotting disorder raises the risk. | clotting disorder |
            Husband had influenza last week; if you get a fever, call us. | fever             | HYPOTHETICAL
            Some spotting on the pad is OK for the first week.            | spotting          | HYPOTHETICAL
            Headaches or nausea near the end of the infusion can happen when it runs too fast. | Headaches         | HYPOTHETICAL
            With your weakened immune system, a simple cold can become serious quickly. | cold              | HYPOTHETICAL
            Call for redness spreading from the wound, pus, or fever.     | pus               | HYPOTHETICAL
            Strict bed rest (no walking, no lifting) to lower the chance of bleeding. | bleeding          | HYPOTHETICAL
            Call the wound care nurse line for fever or pus.              | pus               | HYPOTHETICAL
            Return sooner than your 2-week visit if the pain in your calf gets worse after the ablation or your leg becomes swollen. | swollen           | HYPOTHETICAL
            Avoid diphenhydramine, which can worsen confusion.            | confusion         | HYPOTHETICAL
            Anticipate worsening fatigue and poor appetite.               | poor appetite     | HYPOTHETICAL
            A second fall would likely prompt a move to assisted living.  | second fall       | HYPOTHETICAL
            Chest pain or fainting should prompt an ER visit.             | fainting          | HYPOTHETICAL
            Expect some cramping and light bleeding for a few days.       | light bleeding    | HYPOTHETICAL
            Take lactulose daily - this keeps toxins from building up and causing confusion. | confusion         | HYPOTHETICAL
            You may also feel skipped beats during the first 3 months.    | skipped beats     | HYPOTHETICAL
            The skin on your chest may be red or sore where the pads were. | sore              | HYPOTHETICAL
            You have had a bleed from varices in the past, so any vomiting of blood must be treated as an emergency. | vomiting of blood | HYPOTHETICAL
            TTE indication: evaluate LV function and for valvular disease. | valvular disease  | HYPOTHETICAL
            Return for fever or a swollen, tender belly, which could mean an infection of the fluid in your abdomen (SBP). | SBP               | HYPOTHETICAL
            Since you already had a stroke in 2021, any new face drooping is an emergency. | face drooping     | HYPOTHETICAL
            Call right away for clear, salty-tasting drainage from your nose, a severe headache, or a stiff neck. | stiff neck        | HYPOTHETICAL
            Treat and call for symptoms of low sugar - sweating, shaking, pounding heart, hunger, or confusion. | pounding heart    | HYPOTHETICAL
            Come to the ER for signs of thyroid storm: high fever, a very fast or irregular heartbeat, or agitation. | irregular heartbeat | HYPOTHETICAL
            INDICATION: High-risk screening MRI - mother and sister with breast cancer. | breast cancer     | FAMILY
            Use Humalog before meals per your correction scale for high blood sugar. | high blood sugar  | HYPOTHETICAL
            The most common side effect of insulin is low blood sugar (hypoglycemia). | hypoglycemia      | HYPOTHETICAL
            Low blood sugar can happen - signs include shakiness, sweating and confusion. | shakiness         | HYPOTHETICAL
            Signs of adrenal crisis include severe weakness, vomiting and confusion. | adrenal crisis    | HYPOTHETICAL
            Symptoms include pain at the site of the distal radio-ulnar joint. | pain              |
            Go to the ER - this can be the start of an adrenal crisis.    | adrenal crisis    | HYPOTHETICAL
            Never walk barefoot - because of your neuropathy you may not feel an injury. | injury            | HYPOTHETICAL
            Call if you have lows overnight - nightmares, night sweats, or waking up with a headache can be clues. | nightmares        | HYPOTHETICAL
            Check both feet every day for cuts, blisters, redness, or swelling. | blisters          | HYPOTHETICAL
            If the redness spreads past the pen line we drew on your skin, or you develop fever or chills, come back. | fever             | HYPOTHETICAL
            Call the office (555-0142) for redness spreading from the incision, pus-like drainage, or a fever. | pus-like drainage | HYPOTHETICAL
            FRAX: 10-year probability of major osteoporotic fracture 22% and of hip fracture 4.1%. | hip fracture      | HYPOTHETICAL
            High sugars in pregnancy can make the baby grow very large (macrosomia). | macrosomia        | HYPOTHETICAL
            Come to Labor and Delivery as soon as your water breaks or contractions start. | water breaks      | HYPOTHETICAL
            At your allergy clinic visit we will test you for pistachio allergy. | pistachio allergy | HYPOTHETICAL
            Wait in the clinic for 30 minutes, because serious reactions usually start within that time. | serious reactions | HYPOTHETICAL
            Start your preventive medicine every 2 weeks to cut down the number of attacks. | attacks           | HYPOTHETICAL
            Anaphylaxis can start with vomiting, belly cramps, or fainting alone. | belly cramps      | HYPOTHETICAL
            Anaphylaxis can start with vomiting, belly cramps, or fainting alone. | Anaphylaxis       | HYPOTHETICAL
            Abdominal attacks can look like appendicitis, so always tell the ER team. | Abdominal attacks | HYPOTHETICAL
            Preeclampsia can develop up to 6 weeks after delivery.        | Preeclampsia      | HYPOTHETICAL
            Call if your breast becomes red and painful and you have a fever, which may be mastitis. | mastitis          | HYPOTHETICAL
            The 2 cm nodule, which may be a lymph node, is unchanged.     | lymph node        | LOW_CONFIDENCE
            Seek care right away for swelling in one leg more than the other, which could be a blood clot. | blood clot        | HYPOTHETICAL
            Sesame allergy - EAI 0.3 mg x2 for anaphylaxis, action plan given to school nurse. | anaphylaxis       | HYPOTHETICAL
            Preterm labor precautions reviewed: cramping, low back pain, pelvic pressure. | pelvic pressure   | HYPOTHETICAL
            Preterm labor precautions reviewed: cramping, low back pain, pelvic pressure. | Preterm labor     | HYPOTHETICAL
            Recommend C4 and C1-INH levels in both sisters to evaluate for HAE. | HAE               | HYPOTHETICAL,FAMILY
            Anyone else in the house who gets a sore throat and fever should be seen and tested too. | sore throat       | HYPOTHETICAL,FAMILY
            Wash hands well so brothers and sisters do not catch the stomach bug. | stomach bug       | HYPOTHETICAL,FAMILY
            Call our office if she still has fever after 2-3 days on the antibiotic. | fever             | HYPOTHETICAL
            Call us if your arm is still completely numb 36 hours after the block. | numb              | HYPOTHETICAL
            You had a nerve block, so your arm will stay numb and weak for 12 to 24 hours. | numb              |
            Start your pain pills when you first feel tingling in your fingers. | tingling          | HYPOTHETICAL
            Stop ibuprofen 5 days before surgery because they increase bleeding. | bleeding          | HYPOTHETICAL
            He will be watched in recovery for a barky cough or noisy breathing. | barky cough       | HYPOTHETICAL
            Older adults may be confused or sleepy for a day or two after anesthesia. | confused          | HYPOTHETICAL
            Call 911 if your bed partner notices you have long pauses in your breathing. | long pauses in your breathing | HYPOTHETICAL
            Younger brother has not been tested for sickle cell trait - recommended that he be screened. | sickle cell trait | HYPOTHETICAL,FAMILY
            Younger brother is on the waitlist for an autism evaluation.  | autism            | HYPOTHETICAL,FAMILY
            Signs of a dry socket: pain that gets worse on day 3-5 instead of better. | dry socket        | HYPOTHETICAL
            Signs of dehydration to watch for: no pee in 8 hours, dry mouth, or sunken eyes. | dehydration       | HYPOTHETICAL
            There is a risk that the bone in your jaw may heal poorly (osteonecrosis). | osteonecrosis     | HYPOTHETICAL
            Take ibuprofen with food, and use the Norco only for severe pain. | severe pain       | HYPOTHETICAL
            Check your residual limb every night for red areas that last more than 20 minutes. | red areas         | HYPOTHETICAL
            Call your surgeon right away if you cannot put weight on your leg - the hip may have dislocated. | dislocated        | HYPOTHETICAL
            Constipation is likely while you are on oxycodone - take senna every night. | Constipation      | HYPOTHETICAL
            Genetics referral placed to screen the patient's daughter (19) for dystrophinopathy carrier status. | dystrophinopathy carrier status | HYPOTHETICAL,FAMILY
            Come back on days 3, 7 and 14 for the rest of your rabies shots. | rabies            | HYPOTHETICAL
            Fever, chills, or pain over the new kidney - call the transplant team the same day. | chills | HYPOTHETICAL
            Dark urine or yellow eyes: call the liver clinic. | yellow eyes | HYPOTHETICAL
            Blood in the urine after your biopsy: call or go to the ED. | Blood in the urine | HYPOTHETICAL
            A rash with blisters could be shingles; call within 3 days. | shingles | HYPOTHETICAL
            For your rash: call the skin clinic if it spreads. | rash |
            Take valganciclovir to keep CMV from reactivating. | CMV | HYPOTHETICAL
            Valganciclovir ppx against CMV disease. | CMV disease | HYPOTHETICAL
            Avoid hiking without a mask to lower your risk of valley fever. | valley fever | HYPOTHETICAL
            Look at your port site every day for redness or drainage. | drainage | HYPOTHETICAL
            Your hair thinning is expected and may last a few months. | hair thinning |
            Your nausea is common with this chemotherapy. | nausea |
            Some nausea is common with this chemotherapy. | nausea | HYPOTHETICAL
            The soreness you have now is expected after the procedure. | soreness |
            Your children may also feel anxious after your surgery. | anxious | HYPOTHETICAL,FAMILY
            Screening: annual HIV and syphilis while on PrEP. | syphilis | HYPOTHETICAL
            Keep the splint on so you do not get a pressure sore. | pressure sore | HYPOTHETICAL
            Check both feet every day with a mirror for new cuts. | new cuts | HYPOTHETICAL
            Keloid formation anticipated - silicone sheets once healed. | Keloid formation | HYPOTHETICAL
            This medicine can sometimes make it hard to fall asleep. | hard to fall asleep | HYPOTHETICAL
            Please check your other children for scabies over the next month. | scabies | HYPOTHETICAL,FAMILY
            Ask to be seen right away for chest pain or shortness of breath. | shortness of breath | HYPOTHETICAL
            Watch for dark urine or itching while on treatment for hepatitis B. | itching | HYPOTHETICAL
            Watch for dark urine or itching while on treatment for hepatitis B. | hepatitis B |
            Seek care the same day for a fever over 101. | fever | HYPOTHETICAL
            Let us know if you notice a lump in your neck. | lump | HYPOTHETICAL
            Screen annually for diabetes and high cholesterol. | high cholesterol | HYPOTHETICAL
            Late effects to monitor: hearing loss, kidney damage, and infertility. | infertility | HYPOTHETICAL
            Second cancer risk includes leukemia and sarcoma. | sarcoma | HYPOTHETICAL
            Hair thinning is an uncommon side effect of this medicine. | Hair thinning | HYPOTHETICAL
            Call with any increase in swelling, redness, or drainage. | drainage | HYPOTHETICAL
            Even a low fever after surgery warrants a call. | low fever | HYPOTHETICAL
            Use it right away for signs of a severe reaction such as hives or wheezing. | wheezing | HYPOTHETICAL
            Vasospasm, r/o – daily TCDs. | Vasospasm | HYPOTHETICAL
            Call us right away for: 1) fever; 2) bleeding; 3) severe pain. | fever | HYPOTHETICAL
            Call us right away for: 1) fever; 2) bleeding; 3) severe pain. | severe pain | HYPOTHETICAL
            Call 911 or go to the nearest emergency room if: you faint; you have chest pain. | chest pain | HYPOTHETICAL
            Signs of a blood clot to watch for: leg swelling (usually in one calf, often with warmth and tenderness when you press on it), redness, or sudden shortness of breath. | sudden shortness of breath | HYPOTHETICAL
            Signs of a wound infection (cellulitis) include redness and warmth. | wound infection | HYPOTHETICAL
            RETURN PRECAUTIONS: You were seen today for back pain. | back pain |
            About one in five women develops a seroma after the operation. | seroma | HYPOTHETICAL
            Nausea is the most common side effect of this medicine. | Nausea | HYPOTHETICAL
            We will check your blood counts every 2 weeks for anemia. | anemia | HYPOTHETICAL
            Monitor kidney function and potassium for hyperkalemia. | hyperkalemia | HYPOTHETICAL
            Celiac testing was sent. | Celiac | HYPOTHETICAL
            If the cyst grows, we will discuss an excision. | excision | HYPOTHETICAL
            Call for fever or swelling after your knee replacement. | knee replacement |
            Report dizziness, double vision, or numbness to the nurse right away, as these can be signs of a stroke. | dizziness | HYPOTHETICAL
            Call the foot clinic the same day for pus or spreading redness. | pus | HYPOTHETICAL
            Pressure injury - at risk; turn every 2 hours. | Pressure injury | HYPOTHETICAL
            Labs were drawn to evaluate Noah for anemia. | anemia | HYPOTHETICAL
            Your surgeon may need to talk with you about a hip replacement. | hip replacement | HYPOTHETICAL
            Do not fly with a sinus infection. | sinus infection | HYPOTHETICAL
            Call us after any seizure. | seizure | HYPOTHETICAL
            Croup comes back in about 1 out of 5 children. | Croup | HYPOTHETICAL
            Genetic testing is planned to determine whether he carries the mutation. | mutation | HYPOTHETICAL
            He will be screened annually for CF-related diabetes. | CF-related diabetes | HYPOTHETICAL
            Report signs of infection such as redness or pus. | infection | HYPOTHETICAL
            Signs of low blood sugar, such as shakiness, were reviewed. | low blood sugar | HYPOTHETICAL
            Signs of adrenal crisis (vomiting, fainting) require your emergency injection. | adrenal crisis | HYPOTHETICAL
            Signs of infection were noted on exam. | infection |
            R/O melanoma, L arm, 6 mm irregular macule - biopsy sent. | melanoma | HYPOTHETICAL
            R/O melanoma, L arm, 6 mm irregular macule - biopsy sent. | irregular macule |
            The patient has hypertension and low potassium, and primary aldosteronism is being ruled out. | hypertension |
            The patient has hypertension and low potassium, and primary aldosteronism is being ruled out. | primary aldosteronism | HYPOTHETICAL
            Fever, chills, and vomiting are reasons to return. | Fever | HYPOTHETICAL
            No heavy lifting for 6 weeks to lower the chance of a hernia. | hernia | HYPOTHETICAL
            Methotrexate to be held for neutropenia. | neutropenia | HYPOTHETICAL
            You are more likely to get an infection while on this drug. | infection | HYPOTHETICAL
            We discussed starting hemodialysis next year. | hemodialysis | HYPOTHETICAL
            Follow up in 4 weeks, sooner for fever or wound drainage. | wound drainage | HYPOTHETICAL
            ER precautions reviewed for chest pain, fainting, and palpitations. | fainting | HYPOTHETICAL
            Risks discussed include bleeding, infection, and stroke. | stroke | HYPOTHETICAL
            Peanut allergy with hives: use the EpiPen for lip swelling or wheezing. | hives |
            Peanut allergy with hives: use the EpiPen for lip swelling or wheezing. | wheezing | HYPOTHETICAL
            Call 911 and do not drive yourself for sudden weakness or slurred speech. | slurred speech | HYPOTHETICAL
            Return for headaches that wake you from sleep or come with vomiting. | vomiting | HYPOTHETICAL
            Valtoco for seizures longer than 5 minutes. | seizures longer than 5 minutes | HYPOTHETICAL
            Stay near the hospital so that a fever can be treated quickly if it happens. | fever | HYPOTHETICAL
            When to call the transplant team (day or night): fever, chills, or a new cough. | chills | HYPOTHETICAL
            Parents were counseled about the risk of aspiration pneumonia. | aspiration pneumonia | HYPOTHETICAL
            Please re-consult for new seizures or worsening delirium. | worsening delirium | HYPOTHETICAL
            Check his blood sugar whenever he is sweaty or shaky. | shaky | HYPOTHETICAL
            Double the prednisone dose for fever or vomiting. | vomiting | HYPOTHETICAL
            Get an ANC right away for fever or mouth sores. | mouth sores | HYPOTHETICAL
            Emergency plan for anaphylaxis: epinephrine, then call 911. | anaphylaxis | HYPOTHETICAL
            Take 2 mg after each loose stool. | loose stool | HYPOTHETICAL
            Bleeding from the port site needs a same-day call to the clinic. | Bleeding from the port site | HYPOTHETICAL
            Your leg wound should be checked daily by the home nurse. | leg wound |
            Call the infusion nurse line (555-0199) for fever or chills. | chills | HYPOTHETICAL
            Come in for chest pain or fainting. | fainting | HYPOTHETICAL
            Senna nightly for constipation; hold for diarrhea. | diarrhea | HYPOTHETICAL
            Side effects of prednisone were reviewed, including insomnia, mood swings, weight gain, and high blood pressure. | high blood pressure | HYPOTHETICAL
            Glucagon is for severe low blood sugar. | severe low blood sugar | HYPOTHETICAL
            She is on chemotherapy and can get very sick from infections. | infections | HYPOTHETICAL
            Smoking is a risk factor for bladder cancer. | bladder cancer | HYPOTHETICAL
            A new rash or fever on allopurinol can be a serious skin reaction (DRESS). | fever | HYPOTHETICAL
            Signs of sepsis (SIRS) reviewed: fever, fast heart rate, confusion. | confusion | HYPOTHETICAL
            Her team watches closely for kidney injury. | kidney injury | HYPOTHETICAL
            Pain in the calf with swelling - call us the same day. | Pain in the calf | HYPOTHETICAL
            WHEN TO CALL: You are on vancomycin for a hip infection. | hip infection |
            His nausea and fatigue are expected with radiation. | fatigue |
            Watch for signs of a severe asthma attack: wheezing, retractions, or blue lips. | retractions | HYPOTHETICAL
            Ibuprofen 400 mg at onset of headache. | headache | HYPOTHETICAL
            Use your inhaler any time you feel wheezy. | wheezy | HYPOTHETICAL
            At risk: pressure injury - turning every 2 hours. | pressure injury | HYPOTHETICAL
            Nausea and dizziness are possible side effects of gabapentin. | dizziness | HYPOTHETICAL
            Cubital tunnel syndrome on the left - rule out, EMG ordered. | Cubital tunnel syndrome | HYPOTHETICAL
            WHEN TO SEEK CARE: Because your sodium is still low (hyponatremia), call us if you feel confused. | hyponatremia |
            Your parents have been taught the warning signs of low blood sugar. | low blood sugar | HYPOTHETICAL
            Come back to Labor & Delivery for a gush or constant leaking of fluid. | leaking of fluid | HYPOTHETICAL
            Return to L&D for fewer than 10 kicks in 2 hours. | fewer than 10 kicks | HYPOTHETICAL
            Monochorionic diamniotic twins at 20w1d, surveillance for TTTS. | TTTS | HYPOTHETICAL
            A sore arm for 1-2 days after the shots is normal. | sore arm | HYPOTHETICAL
            Tdap given today for tetanus and pertussis protection. | pertussis | HYPOTHETICAL
            Signs of hypoglycemia (shakiness, sweating, confusion) were reviewed with the patient. | hypoglycemia | HYPOTHETICAL
            Signs of compartment syndrome, including increasing pain, were reviewed. | compartment syndrome | HYPOTHETICAL
            Signs of hypoglycemia were noted overnight. | hypoglycemia |
            Any temperature of 38.5 C or higher needs immediate evaluation for bacteremia. | bacteremia | HYPOTHETICAL
            Signs of a sore under the cast include a burning spot, a bad smell, or staining. | burning spot | HYPOTHETICAL
            RETURN PRECAUTIONS: Your child was treated today for a left forearm fracture. | left forearm fracture |
            Return for chest pain or shortness of breath, which can rarely signal a blood clot. | blood clot | HYPOTHETICAL
            Mild bruising of the fingers is present today and is expected after this injury. | bruising of the fingers |
            Some swelling of the fingers is expected after this injury. | swelling of the fingers | HYPOTHETICAL
            Right bundle branch block is expected after your repair and is unchanged on today's ECG. | Right bundle branch block |
            Seek same-day care for punched-out erosions on the face. | punched-out erosions | HYPOTHETICAL
            Family screening was prompted by the patient's recent diagnosis of LQT2. | LQT2 |
            Inject into the outer thigh right away for signs of anaphylaxis. | anaphylaxis | HYPOTHETICAL
            A biphasic reaction is uncommon, but watch her closely tonight. | biphasic reaction | HYPOTHETICAL
            Your seizures are rare now. | seizures |
            Hoarseness after surgery is usually temporary; call if it lasts more than 6 weeks. | Hoarseness | HYPOTHETICAL
            Call the allergy clinic during office hours for mild hives that do not get better. | mild hives | HYPOTHETICAL
            Hold the OIT dose on days she has a fever or an asthma flare. | asthma flare | HYPOTHETICAL
            Plan: strict peanut avoidance, EpiPen Jr 0.15 mg x2 for anaphylaxis. | anaphylaxis | HYPOTHETICAL
            No bending or lifting for 6 weeks to protect against hardware failure. | hardware failure | HYPOTHETICAL
            The patient is worried he will become paralyzed. | paralyzed | HYPOTHETICAL
            The patient is concerned that she may have a brain tumor. | brain tumor | LOW_CONFIDENCE
            Maternal uncle with severe hemophilia A, on prophylaxis since childhood. | severe hemophilia A | FAMILY
            Continue prophylaxis for PJP. | PJP | HYPOTHETICAL
            Your ANC today is 700, which means you have neutropenia. | neutropenia |
            Stimate (DDAVP) nasal spray: use as directed for minor bleeding. | minor bleeding | HYPOTHETICAL
            Easy bruising without injury is common for you; call if a bruise keeps growing. | Easy bruising |
            WHEN TO SEEK CARE - You have type 1 von Willebrand disease (VWD). | type 1 von Willebrand disease |
            RETURN PRECAUTIONS: You have scleroderma-related interstitial lung disease. | scleroderma-related interstitial lung disease |
            Her brother's diagnosis prompted screening that also revealed the patient's own kappa light chain proteinuria. | kappa light chain proteinuria |
            27. Sarcoidosis - rule out as cause of hypercalciuria; ACE level ordered. | Sarcoidosis | HYPOTHETICAL
            Her daughter was found to have mild LV dilation on screening echo. | mild LV dilation | FAMILY
            Expanded carrier screening showed the patient is a Gaucher disease carrier. | Gaucher disease carrier |
            Call the oncology triage line (24/7) right away for a temperature of 38.0 C or higher, shaking chills, or sweats. | shaking chills | HYPOTHETICAL
            Call the transplant office (24/7 pager) for a temperature of 100.4 F or higher, chills, or night sweats. | night sweats | HYPOTHETICAL
            Call 911 for any bleeding from the mouth or neck, because your tumor is close to the carotid artery. | bleeding from the mouth | HYPOTHETICAL
            Call 911 for any bleeding from the mouth or neck, because your tumor is close to the carotid artery. | tumor |
            Spinal cord compression warning signs reviewed: new back pain with leg weakness. | Spinal cord compression | HYPOTHETICAL
            Spinal cord compression warning signs reviewed: new back pain with leg weakness. | leg weakness | HYPOTHETICAL
            RETURN PRECAUTIONS: You are going home with severe neutropenia after induction chemotherapy. | severe neutropenia |
            RETURN PRECAUTIONS: fever, chills. | fever | HYPOTHETICAL
            16. Thrombocytopenia - active, transfuse for platelets < 10K or for bleeding. | bleeding | HYPOTHETICAL
            16. Thrombocytopenia - active, transfuse for platelets < 10K or for bleeding. | Thrombocytopenia |
            Chronic neuropathic pain below your injury level is expected and is treated with gabapentin. | neuropathic pain |
            Some numbness below your injury level is expected. | numbness | HYPOTHETICAL
            The leukemia could come back (relapse), so keep all of your follow-up visits. | relapse | HYPOTHETICAL
            The leukemia could come back (relapse), so keep all of your follow-up visits. | leukemia |
            Consider switching mycophenolate to everolimus to slow progression of CAV. | progression of CAV | HYPOTHETICAL
            Metoprolol to slow the heart rate in atrial fibrillation. | atrial fibrillation |
            Report swollen glands, drenching sweats or unexplained weight loss, which can be early signs of lymphoma (PTLD). | unexplained weight loss | HYPOTHETICAL
            2. Cephalohematoma, right parietal - increased risk of significant hyperbilirubinemia. | significant hyperbilirubinemia | HYPOTHETICAL
            2. Cephalohematoma, right parietal - increased risk of significant hyperbilirubinemia. | Cephalohematoma |
            Anaphylaxis to peanut this admission; observed in PICU for biphasic reaction. | biphasic reaction | HYPOTHETICAL
            Anaphylaxis to peanut this admission; observed in PICU for biphasic reaction. | Anaphylaxis |
            Your child was watched in the PICU for a possible clonidine ingestion. | clonidine ingestion | LOW_CONFIDENCE
            Watch the PICC line for swelling of the arm, redness, or leaking. | swelling of the arm | HYPOTHETICAL
            The PICC line was removed for swelling of the arm. | swelling of the arm |
            Treat any low blood sugar under 70 with 15 grams of fast sugar. | low blood sugar | HYPOTHETICAL
            He had a low blood sugar this morning. | low blood sugar |
            If your knee stiffness keeps you from bending past 90 degrees, a manipulation under anesthesia may be needed. | manipulation under anesthesia | HYPOTHETICAL
            13. Possible ankyloglossia - lactation following; frenotomy to be considered if latch remains poor. | frenotomy | HYPOTHETICAL
            A follow-up pelvic ultrasound in 6-8 weeks may be considered to document resolution. | pelvic ultrasound |
            Newborn screen pending; will review closely for CF given the family history. | CF | HYPOTHETICAL
            Plan: repeat bilirubin in 8 hours; phototherapy if within 2 mg/dL of the threshold. | phototherapy | HYPOTHETICAL
            Anemia of chronic disease - active, Hgb 9.1, transfuse if <7. | Anemia of chronic disease |
            41. Coronary artery disease - rule out prior to transplant listing; LHC scheduled. | Coronary artery disease | HYPOTHETICAL
            New confusion, facial droop, or one-sided weakness could be a stroke; call 911. | stroke | HYPOTHETICAL
            White patches in the mouth that do not wipe off may be thrush; call the office for an appointment. | thrush | HYPOTHETICAL
            The nodule could be a lymph node; repeat CT in 3 months. | lymph node | LOW_CONFIDENCE
            Call the rheumatology clinic (or the on-call fellow after hours) for a fever of 38.3 C (101 F) or higher. | fever | HYPOTHETICAL
            Drowning is a leading cause of death in children with autism who wander, so swim lessons are strongly encouraged. | Drowning | HYPOTHETICAL
            Drowning is a leading cause of death in children with autism who wander, so swim lessons are strongly encouraged. | autism |
            Leo is minimally verbal, so pain may show up as new head banging, biting, or refusing food. | head banging | HYPOTHETICAL
            Your fatigue is expected with this disease and does not by itself need an ED visit. | fatigue |
            Fatigue is expected after chemotherapy. | Fatigue | HYPOTHETICAL
            Genetic counseling offered to evaluate for Lynch syndrome given early colon cancers in father and paternal uncle. | Lynch syndrome | HYPOTHETICAL
            Fussiness, a low fever, and a red tender spot where the shot was given are common for 1 to 2 days after vaccines. | low fever | HYPOTHETICAL
            Call the Lung Screening Program nurse line for: - a new cough lasting more than 3 weeks. | new cough | HYPOTHETICAL
            Signs of a flare to call about: more sputum, change in sputum color, or wheezing not helped by your inhaler. | wheezing | HYPOTHETICAL
            Discussed harms: false-positive results, overdiagnosis, radiation exposure, and pneumothorax from invasive procedures. | pneumothorax | HYPOTHETICAL
            If the sarcoma comes back, it often feels like a new lump near the scar, so please call if you feel one. | new lump | HYPOTHETICAL
            Go to the emergency department right away for a temperature of 100.4 F or higher; this may be neutropenic fever. | neutropenic fever | HYPOTHETICAL
            Your cough has lasted 3 weeks; this may be asthma. | asthma | LOW_CONFIDENCE
            Shunt malfunction warning signs were reviewed with the parents: vomiting, irritability, a full fontanelle. | full fontanelle | HYPOTHETICAL
            Shunt malfunction warning signs were reviewed with the parents: vomiting, irritability, a full fontanelle. | Shunt malfunction | HYPOTHETICAL
            Any jerking movements, staring spells, or stiffening of the arms and legs should be evaluated for seizures right away. | seizures | HYPOTHETICAL
            11. Kikuchi disease - in the differential; excisional node biopsy if no diagnosis by day 21. | excisional node biopsy | HYPOTHETICAL
            While she is on enoxaparin, watch her right leg for swelling, color change, or coolness. | swelling | HYPOTHETICAL
            WHEN TO SEEK CARE: Your baby has hypoplastic left heart syndrome (HLHS), so oxygen levels of 75-85% are normal for her. | hypoplastic left heart syndrome |
            The swelling in your feet is normal for pregnancy, and your leg ultrasound showed no blood clot. | swelling in your feet |
            Some swelling is normal after surgery. | swelling | HYPOTHETICAL
            Pink or tea-colored urine may be seen for up to 2 weeks after surgery. | tea-colored urine | HYPOTHETICAL
            RETURN PRECAUTIONS - Diagnosis: febrile UTI (E. coli) with bilateral grade III vesicoureteral reflux on VCUG. | febrile UTI |
            RETURN PRECAUTIONS: fever over 38.3, vomiting. | vomiting | HYPOTHETICAL
            WHEN TO SEEK CARE: You were seen in clinic today for worsening jaundice and fatigue. | worsening jaundice |
            Some people taking lamotrigine notice dizziness in the first weeks. | dizziness | HYPOTHETICAL
            Stopping it risks a hepatitis B flare. | hepatitis B flare | HYPOTHETICAL
            Your anxiety screening today was positive. | anxiety |
            You may still feel tired for several weeks after this illness. | tired | HYPOTHETICAL
            The sore on your arm may take several weeks to heal and may leave a scar. | scar | HYPOTHETICAL
            Loperamide can be used for loose stools, but do not take it if you have blood in your stool. | blood in your stool | HYPOTHETICAL
            Your baby's eyelids may be puffy for a few days after the laser. | puffy | HYPOTHETICAL
            Your near vision may be blurry for up to 24 hours after the atropine drops. | blurry | HYPOTHETICAL
            Your salicylate level kept rising for several hours after you arrived. | salicylate level |
            Octreotide would be considered for refractory dumping. | refractory dumping | HYPOTHETICAL
            You may have a mild sore throat for 1-2 days after the bronchoscopy. | mild sore throat | HYPOTHETICAL
            You did not have a concussion, but you may have a mild headache for a few days. | headache | HYPOTHETICAL
            Go to the emergency room for a fever, because you may have an infection while your counts are low. | infection | HYPOTHETICAL
            Your ureteral stent will stay in for 5 to 7 days. | ureteral stent |
            Watch the cut for signs of infection such as spreading redness, pus or red streaks up the arm. | red streaks | HYPOTHETICAL
            PLAN: Right endoscopic carpal tunnel release; risks discussed including infection, nerve injury, and pillar pain. | pillar pain | HYPOTHETICAL
            Keep the splint on at night so that a contracture does not form. | contracture | HYPOTHETICAL
            Watch the toes of the casted foot for swelling or numbness. | numbness | HYPOTHETICAL
            A bulge near the incision could be a hernia, so please call if you notice it. | hernia | HYPOTHETICAL
            Rifampin was given as chemoprophylaxis against meningococcal disease. | meningococcal disease | HYPOTHETICAL
            Thrombophilia testing was discussed before starting estrogen. | Thrombophilia | HYPOTHETICAL
            Expedited partner therapy was given to prevent reinfection. | reinfection | HYPOTHETICAL
            You may have a mild headache on the day of a treatment. | mild headache | HYPOTHETICAL
            Signs of a potassium level that is too high include weakness and palpitations. | palpitations | HYPOTHETICAL
            New confusion after a fall needs an emergency visit. | New confusion | HYPOTHETICAL
            He cannot appreciate his risk of falls at home. | falls | HYPOTHETICAL
            In some children the drops cause a fever. | fever | HYPOTHETICAL
            She worries that she will need a transplant. | transplant | HYPOTHETICAL
            The node may become tender before it shrinks. | tender | HYPOTHETICAL
            Amoxicillin-clavulanate was given to prevent infection of the dog bite. | dog bite |
            Peripheral neuropathy - predisposes to foot ulcers. | foot ulcers | HYPOTHETICAL
            The biopsy will help us make sure the nodule is not lung cancer. | lung cancer | HYPOTHETICAL
            Avoid contact sports until a repeat echocardiogram rules out pericarditis. | pericarditis | HYPOTHETICAL
            A small number of patients get a headache after the infusion. | headache | HYPOTHETICAL
            He can use the inhaler again the next time he needs it for wheezing. | wheezing | HYPOTHETICAL
            Swelling in your ankles is often the first sign of fluid overload. | fluid overload | HYPOTHETICAL
            Escalation criteria reviewed: heart rate above 130, new chest pain, or fainting. | new chest pain | HYPOTHETICAL
            Because of your kidney disease, dehydration can make you very sick. | dehydration | HYPOTHETICAL
            Told to present to the ED for fever or rigors. | rigors | HYPOTHETICAL
            Some kids get a mild rash for a few days after the vaccine. | mild rash | HYPOTHETICAL
            He worries he will go deaf. | go deaf | HYPOTHETICAL
            The birth control pill does not protect you from sexually transmitted infections. | sexually transmitted infections | HYPOTHETICAL
            Antibiotics are given so that the cellulitis does not turn into sepsis. | sepsis | HYPOTHETICAL
            Premedicated with cetirizine to reduce infusion-related itching. | infusion-related itching | HYPOTHETICAL
            Call if the cream does not relieve your itching. | itching | HYPOTHETICAL
            Let the nurse know if the rash is still there next week. | rash | HYPOTHETICAL
            A headache can rarely be a sign of a blood clot in the brain. | blood clot in the brain | HYPOTHETICAL
            FRAX 10-year probability: hip fracture 3.2%. | hip fracture | HYPOTHETICAL
            This medicine lowers your ability to fight infections. | infections | HYPOTHETICAL
            Two of your fingers may still need surgery, and the hand surgeon will decide next week. | surgery | HYPOTHETICAL
            Seek care today for a fever of 100.4 or higher or shaking chills. | shaking chills | HYPOTHETICAL
            Slurred speech or a drooping face can also be signs of a stroke. | Slurred speech | HYPOTHETICAL
            Because of her family history, she was screened with colonoscopy for polyps. | polyps | HYPOTHETICAL
            Your glucagon pen is for severe low blood sugar. | severe low blood sugar | HYPOTHETICAL
            Counseled not to drive with uncontrolled seizures. | uncontrolled seizures | HYPOTHETICAL
            Do not ignore chest pressure or fainting. | fainting | HYPOTHETICAL
            Get urgent care for a fever over 101 or spreading redness. | spreading redness | HYPOTHETICAL
            A new lump in the neck is a red flag. | lump | HYPOTHETICAL
            Report a cough that lasts more than two weeks. | cough | HYPOTHETICAL
            Call us if your wife seems unusually sleepy or confused. | confused | HYPOTHETICAL
            Take her to the emergency room for a stiff neck or a rash. | rash | HYPOTHETICAL
            She was warned of possible hair thinning. | hair thinning | HYPOTHETICAL
            We tested him for celiac disease because his sister has it. | celiac disease | HYPOTHETICAL
            We went over the plan with you and your wife for any new chest pain. | chest pain | HYPOTHETICAL
            Do not use ibuprofen if you have black stools or stomach pain. | stomach pain | HYPOTHETICAL
            The psychologist will assess you for ADHD next month. | ADHD | HYPOTHETICAL
            She is a professional singer and is concerned about lip weakness after toxin. | lip weakness | HYPOTHETICAL
            Noah's methylmalonic acidemia makes him prone to acidosis when he is sick. | acidosis | HYPOTHETICAL
            Avoid aspirin for 48 hours, because they make bruising more likely. | bruising | HYPOTHETICAL
            Double vision that gets worse instead of better after your fracture repair is a reason to call the same day. | Double vision | HYPOTHETICAL
            The swelling in your ankles is common after a long race and should go away in a few days. | swelling in your ankles |
            Some swelling around your incision is expected. | swelling | HYPOTHETICAL
            Your ankle swelling has improved and is not a reason to come back to the emergency room. | ankle swelling |
            Running too soon could turn the stress injury into a complete fracture. | complete fracture | HYPOTHETICAL
            The patient's 4-year-old daughter will be screened by echocardiogram for aortic root dilation. | aortic root dilation | HYPOTHETICAL,FAMILY
            Look at your incisions every day for signs of infection such as warmth, spreading redness, or pus. | pus | HYPOTHETICAL
            Because you have hypertrophic cardiomyopathy, never push through dizziness during a workout. | dizziness | HYPOTHETICAL
            Check for ketones whenever her blood sugar is over 250. | ketones | HYPOTHETICAL
            Recheck ketones every 2 to 3 hours while she is sick. | ketones | HYPOTHETICAL
            Education: reviewed treatment of hypoglycemia with the rule of 15. | hypoglycemia | HYPOTHETICAL
            If you ever need surgery, tell the team that you have acute intermittent porphyria. | acute intermittent porphyria |
            Make sure he drinks plenty of fluids, because he can become dehydrated. | dehydrated | HYPOTHETICAL
            Do not stop the captopril on your own, because stopping it suddenly can bring the kidney crisis back. | kidney crisis | HYPOTHETICAL
            Any fever in Liam needs a same-day blood count. | fever | HYPOTHETICAL
            Temporary weakness of the intrinsic hand muscles is a known risk and was discussed before consent. | weakness | HYPOTHETICAL
            Your child's fracture goes through the growth plate, so there is a small risk of growth arrest. | growth arrest | HYPOTHETICAL
            A morning headache that gets better after vomiting is a red flag for shunt failure. | shunt failure | HYPOTHETICAL
            Because of the nerve damage in your feet from diabetes, check your feet after every walk for blisters or sores. | blisters | HYPOTHETICAL
            Your right leg may feel numb or heavy for several hours because of the local anesthetic. | numb | HYPOTHETICAL
            Do not take extra doses for breakthrough pain; call the clinic instead. | breakthrough pain | HYPOTHETICAL
            Your HLA-B*15:02 test was negative, but any new rash on carbamazepine should still be reported. | new rash | HYPOTHETICAL
            Ethan should have a whole-body MRI every year so that any tumors can be found early. | tumors | HYPOTHETICAL
            Psychosocial: reports fear of a recurrent MI with exertion, which limits his activity at home. | recurrent MI | HYPOTHETICAL
            Shortness of breath at rest is never normal after heart surgery; call 911 if it happens. | Shortness of breath | HYPOTHETICAL
            You may have a temporary pain flare for a day or two before the steroid starts to work. | pain flare | HYPOTHETICAL
            Because you had ICANS with your first CAR-T infusion in 2022, your family should watch even more closely for confusion this time. | confusion | HYPOTHETICAL
            Hair loss where the radiation beams enter usually begins two to three weeks into treatment. | Hair loss | HYPOTHETICAL
            Plan: zoledronic acid for vertebral fractures; pretreat with acetaminophen for acute phase reaction. | acute phase reaction | HYPOTHETICAL
            Check your residual limb every night with a hand mirror for blisters, cuts, or color changes. | blisters | HYPOTHETICAL
            Your brother should also have an echocardiogram to check for a bicuspid aortic valve. | bicuspid aortic valve | HYPOTHETICAL,FAMILY
            His daughter is worried she will develop diabetes like her father. | diabetes | HYPOTHETICAL,FAMILY
            The patient is worried he will develop diabetes like his father. | diabetes | HYPOTHETICAL
            Parents to give IM hydrocortisone at home if vomiting recurs. | vomiting | HYPOTHETICAL
            Your caregiver should watch for signs of depression such as pulling away from family or not eating. | depression | HYPOTHETICAL
            Call the clinic if Maya still has fever, ear drainage, or is pulling at her ears after 3 days of antibiotics. | ear drainage | HYPOTHETICAL
            Signs of heart trouble in a baby include fast breathing, sweating with feeds, and poor weight gain. | sweating with feeds | HYPOTHETICAL
            Monitor CBC q3mo until age 4 for ML-DS. | ML-DS | HYPOTHETICAL
            Dehydration is more likely with a urostomy in hot weather, so drink at least 8 glasses of fluid a day. | Dehydration | HYPOTHETICAL
            Screening echocardiogram at age 28 shows new mitral valve prolapse with trace regurgitation. | mitral valve prolapse |
            Because you carry a VHL gene change, your children should be offered testing for von Hippel-Lindau disease. | von Hippel-Lindau disease | HYPOTHETICAL,FAMILY
            Her daughter was advised to begin MRI surveillance for renal tumors at age 20. | renal tumors | HYPOTHETICAL,FAMILY
            Because fibromyalgia often runs in families, your daughter should tell her doctor if she develops widespread pain. | widespread pain | HYPOTHETICAL,FAMILY
            Her partner worries that he could develop long COVID too. | long COVID | HYPOTHETICAL,FAMILY
            Do not let anyone smoke in your home or car, because smoke can make your baby's lung disease worse. | lung disease |
            Avoid aspirin for 48 hours, because they make bruising more likely. | bruising | HYPOTHETICAL
            We are testing your baby for CMV infection because of the hearing test result. | CMV infection | HYPOTHETICAL
            Stress dose teaching for adrenal crisis reviewed with family. | adrenal crisis | HYPOTHETICAL
            Depression screen (PHQ-9) due next visit. | Depression | HYPOTHETICAL
            Full beard and edentulous mouth predict difficult mask ventilation; two-person technique planned. | difficult mask ventilation | HYPOTHETICAL
            Genetic counseling was offered given concern that her children could inherit CADASIL. | CADASIL | HYPOTHETICAL,FAMILY
            ED precautions reviewed with parents: signs of adrenal crisis include pallor, abdominal pain, and confusion. | adrenal crisis | HYPOTHETICAL
            Avoid resting on your elbow or keeping it bent for long periods, which can worsen the numbness in your ring and small fingers. | numbness |
            Rarely, a thumb tendon rupture happens weeks after a wrist fracture; call us if you suddenly cannot straighten your thumb. | thumb tendon rupture | HYPOTHETICAL
            Her brother has palmar nodules and was told he may eventually develop a flexion contracture. | flexion contracture | HYPOTHETICAL,FAMILY
            Her brother has palmar nodules and was told he may eventually develop a flexion contracture. | palmar nodules | FAMILY
            Patient advised to avoid crowds and anyone with a cold while on rituximab. | cold | HYPOTHETICAL
            Temporary weakness of your grip is possible after palm injections and usually improves within 2 to 4 weeks. | weakness of your grip | HYPOTHETICAL
            Postoperative hematoma is a risk given apixaban, and a pressure dressing was applied. | hematoma | HYPOTHETICAL
            Her mother was told she might need a toe amputation, but the wound healed. | toe amputation | HYPOTHETICAL,FAMILY
            Observe in the ED for 4 hours for a rebound reaction. | rebound reaction | HYPOTHETICAL
            Observed in the nurse's office for 20 minutes with no change in wheezing. | wheezing |
            Please let the school nurse know if your child is diagnosed with pink eye. | pink eye | HYPOTHETICAL
            Fasting can provoke attacks. | attacks | HYPOTHETICAL
            Moderate keratoconus - check for atopy. | atopy | HYPOTHETICAL
            Caller instructed to call back with any new symptoms. | new symptoms | HYPOTHETICAL
            Observe 6 h after naloxone for recurrent sedation. | recurrent sedation | HYPOTHETICAL
            Obesity limits assessment for small gallstones. | small gallstones | HYPOTHETICAL
            You may keep sneezing for a week after the allergy shot. | sneezing | HYPOTHETICAL
            Mild stiffness after your session is normal and usually resolves within a day. | Mild stiffness | HYPOTHETICAL
            Bruising usually peaks two days after the injection. | Bruising | HYPOTHETICAL
            Facial nerve weakness is a known risk of parotid surgery. | Facial nerve weakness | HYPOTHETICAL
            We will check the graft site at each visit for infection. | infection | HYPOTHETICAL
            Alcohol is a common trigger for your flushing. | Alcohol | HYPOTHETICAL
            Watch the sutures for pus or spreading redness. | pus | HYPOTHETICAL
            Standby antibiotics for travelers' diarrhea: azithromycin 1 g once. | travelers' diarrhea | HYPOTHETICAL
            Rifaximin provided for self-treatment of moderate diarrhea. | moderate diarrhea | HYPOTHETICAL
            Her unvaccinated toddler could catch chickenpox at daycare. | chickenpox | HYPOTHETICAL
            """)
    void hypotheticalMentions(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            History of hypertension.                                    | hypertension    | HISTORICAL
            She has a h/o breast cancer.                                | breast cancer   | HISTORICAL
            He is s/p appendectomy.                                     | appendectomy    | HISTORICAL
            Status post coronary artery bypass grafting.                | coronary artery bypass grafting | HISTORICAL
            Prior stroke with residual weakness.                        | stroke          | HISTORICAL
            Past medical history: hypertension, diabetes, and coronary artery disease. | coronary artery disease | HISTORICAL
            He had a myocardial infarction five years ago.              | myocardial infarction | HISTORICAL
            Asthma as a child.                                          | asthma          | HISTORICAL
            History of present illness: chest pain for two days.        | chest pain      |
            A 60 year old man with a history of diabetes who presents with chest pain. | chest pain |
            Cough for the past three days.                              | cough           |
            No prior history of seizures.                               | seizures        | NEGATION
            Compared to the prior study, the effusion is larger.        | effusion        |
            He is a 45-year-old man with abdominal pain.                | abdominal pain  |
            Status post fall with left hip pain.                        | hip pain        |
            She had no prior surgeries.                                 | surgeries       | NEGATION
            The patient had a previous admission for alcohol withdrawal seizures. | alcohol withdrawal seizures | HISTORICAL
            Postoperative changes from prior sternotomy.                | sternotomy      | HISTORICAL
            Prior hospitalizations include one for a COPD exacerbation. | COPD exacerbation | HISTORICAL
            History of a fall at home yesterday with a head strike.     | head strike     |
            A previously healthy man with fever and cough.              | fever           |
            He started having chest pain two days ago.                  | chest pain      |
            Earlier today she had an episode of syncope.                | syncope         |
            In the past, he has had several episodes of gout.           | gout            | HISTORICAL
            She has a 20 pack-year history of smoking and continues to smoke. | smoking   |
            A history of multiple falls with a recent fall resulting in a wrist fracture. | wrist fracture |
            Her mother had lupus, and she herself had a pulmonary embolism. | pulmonary embolism | HISTORICAL
            Breast cancer s/p lumpectomy 2016, no evidence of recurrence. | Breast cancer | HISTORICAL
            Healed nondisplaced left 9th and 10th rib fractures.        | rib fractures   | HISTORICAL
            Prior lumbar fusion with stable hardware.                   | Prior lumbar fusion | HISTORICAL
            Diabetes without complications, on metformin.               | Diabetes without complications |
            He has had gout twice before, so he takes allopurinol.      | gout            | HISTORICAL
            She had bronchiolitis as a baby and now has asthma.         | bronchiolitis   | HISTORICAL
            She had chest pain before breakfast.                        | chest pain      |
            Her seizures started in childhood.                          | seizures        |
            She quit smoking in March.                                  | smoking         | HISTORICAL
            She had shingles last winter.                               | shingles        | HISTORICAL
            He had a seizure at 16 and has not had any since.           | seizure         | HISTORICAL
            She was treated for anxiety before this pregnancy.          | anxiety         | HISTORICAL
            You had shingles on this same side in 2019.                 | shingles        | HISTORICAL
            You had a fever this morning and a seizure in 2019.         | fever           |
            Her gallbladder was removed when she was 30.                | gallbladder was removed | HISTORICAL
            Severe aortic stenosis, previously moderate.                | aortic stenosis |
            New left bundle branch block, not previously documented.    | left bundle branch block |
            Aortic aneurysm measuring 4.8 cm, previously 4.5 cm.        | Aortic aneurysm |
            You had pneumonia in 2020, so this is not unusual for you.    | pneumonia         | HISTORICAL
            Because you developed a DVT after surgery in 2019, you will take aspirin. | DVT               | HISTORICAL
            He needed a chest tube once, in 2012.                         | chest tube        | HISTORICAL
            She had a hysterectomy in 2015 for fibroids.                  | fibroids          | HISTORICAL
            She had surgery in 2015 and now has fibroids.                 | fibroids          |
            The liver lesion treated with radiofrequency ablation in 2021 is stable. | radiofrequency ablation | HISTORICAL
            He had bronchiolitis in his first month.                      | bronchiolitis     | HISTORICAL
            Iron deficiency - repleted 2023.                              | Iron deficiency   | HISTORICAL
            Osteomyelitis, healed after six weeks of antibiotics.         | Osteomyelitis     | HISTORICAL
            Type 1 diabetes, presented in DKA at diagnosis.               | DKA               | HISTORICAL
            The left pleural effusion seen in March has since resolved.   | pleural effusion  | HISTORICAL
            She had a UTI earlier in this pregnancy.                      | UTI               | HISTORICAL
            He reports an episode of pancreatitis at age 30.              | pancreatitis      | HISTORICAL
            CAD - CABG 2015 for left main disease.                        | left main disease | HISTORICAL
            He was admitted in 2015 for left main disease.                | left main disease |
            Anemia worse, hemoglobin 8.1, down from 10.2 last year.       | Anemia            |
            Sternotomy wires are intact.                                  | Sternotomy        | HISTORICAL
            He is an ex-smoker.                                           | ex-smoker         | HISTORICAL
            She passed a kidney stone in 2019.                            | kidney stone      | HISTORICAL
            He broke his ankle skiing in 2018.                            | broke his ankle   | HISTORICAL
            She had mono in college.                                      | mono              | HISTORICAL
            s/p ablation 2020, recurrent atrial flutter since May.        | atrial flutter    |
            Started prophylaxis after an episode of cellulitis 2023.      | cellulitis        | HISTORICAL
            R breast bx 2022 - fibroadenoma, benign.                      | fibroadenoma      | HISTORICAL
            The distal ureteral stone seen on the prior study has passed. | ureteral stone    | HISTORICAL
            Surgical clips near the site of the 2015 appendectomy.        | appendectomy      | HISTORICAL
            You had preeclampsia in your 2020 pregnancy.                  | preeclampsia      | HISTORICAL
            He had two ear infections in October.                         | ear infections    | HISTORICAL
            You had a blood clot after your first baby.                   | blood clot        | HISTORICAL
            He had asthma in his teens.                                   | asthma            | HISTORICAL
            CT last year showed a small liver cyst.                       | liver cyst        |
            Chronic vein wall thickening, the sequela of a DVT.           | DVT               | HISTORICAL
            Hyperthyroidism (2019), resolved after radioiodine.           | Hyperthyroidism   | HISTORICAL
            You had a seizure in 2020, so any new numbness needs a 911 call. | seizure           | HISTORICAL
            Alcohol use disorder, in sustained remission since 2018.      | Alcohol use disorder | HISTORICAL
            Acute cellular rejection 2020, treated w/ thymo, resolved.    | Acute cellular rejection | HISTORICAL
            Delirium 1/2024 during UTI admission - resolved, none since.  | Delirium          | HISTORICAL
            Provoked LLE DVT (post-op 9/2024) - completed 3 mo apixaban   | LLE DVT           | HISTORICAL
            Neutropenic fever 5/2 - resolved, off cefepime.               | Neutropenic fever | 
            You had frostbite of both big toes on a winter climb in 2017. | frostbite         | HISTORICAL
            Avoid ibuprofen because of your kidney disease and a past stomach bleed. | stomach bleed     | HISTORICAL
            She has had delirium during past hospital stays (2020 and 2023). | delirium          | HISTORICAL
            Tobacco use - quit 2010                                       | Tobacco use       | HISTORICAL
            History: urethral stricture, dilated in 2020.                 | urethral stricture | HISTORICAL
            Patient: T1DM dx age 9, on MDI; one DKA admission in 2020.    | DKA               | HISTORICAL
            The previously described right vestibular schwannoma is again noted, unchanged. | vestibular schwannoma | 
            Previously seen 3.2 cm hepatic abscess has decreased to 1.1 cm. | hepatic abscess   | 
            You had a seroma after your last expander fill that was drained in clinic. | seroma            | HISTORICAL
            You were treated for a wound infection after your 2019 breast reduction. | wound infection   | HISTORICAL
            Right pleural thickening, residual from an empyema drained in 2022. | empyema           | HISTORICAL
            PEG tube placed today for dysphagia after your stroke in March. | stroke            | HISTORICAL
            She had a febrile seizure at 18 months; if she has another seizure, call 911. | febrile seizure   | HISTORICAL
            Patient had a complete AV canal defect repaired at 4 months of age. | complete AV canal defect | HISTORICAL
            Colonoscopy 2014 - 2 tubular adenomas removed.                | tubular adenomas  | HISTORICAL
            Prior ectopic pregnancy in 2019, treated with left salpingectomy. | salpingectomy     | HISTORICAL
            You have had kidney stones three times, most recently in 2021. | kidney stones     | HISTORICAL
            She had shingles on her chest three summers ago.              | shingles          | HISTORICAL
            Last gout flare 08/2022, on allopurinol.                      | gout flare        | HISTORICAL
            Gout - last flare 3/2026 - on colchicine                      | Gout              | 
            - Eczema (childhood), no flares since.                        | Eczema            | HISTORICAL
            Your daughter swallowed a button battery in 2021 and needed an endoscopy. | swallowed a button battery | HISTORICAL
            She had a blood clot after her second delivery.               | blood clot        | HISTORICAL
            She has had two miscarriages (2020, 2022) and is trying to conceive. | miscarriages      | HISTORICAL
            He has had gout since his first flare in 2015.                | gout              | 
            An earlier kidney stone in 2021 passed on its own.            | kidney stone      | HISTORICAL
            She presents with a first unprovoked seizure at age 30.       | unprovoked seizure | 
            You dislocated your kneecap in 2020 playing soccer.           | dislocated your kneecap | HISTORICAL
            Recurrent strep throat as child, s/p tonsillectomy.           | Recurrent strep throat | HISTORICAL
            Adhesions from your appendectomy in 2010 caused the blockage. | appendectomy      | HISTORICAL
            Opioid use disorder, in sustained remission.                  | Opioid use disorder | HISTORICAL
            H. pylori gastritis, which was cured with antibiotics.        | H. pylori gastritis | HISTORICAL
            Hep C genotype 3, treated w/ SVR12.                           | Hep C             | HISTORICAL
            The ovarian cyst seen on your 12-week ultrasound has resolved. | ovarian cyst      | HISTORICAL
            Vit B12 deficiency (2022) - repleted.                         | Vit B12 deficiency | HISTORICAL
            Had a liver biopsy in 2016 that showed mild fatty change.     | mild fatty change | HISTORICAL
            INDICATION: Right neck mass, history of lymphoma treated in 2015. | Right neck mass   | 
            Follicular lymphoma, in CR since 2020.                        | Follicular lymphoma | HISTORICAL
            HCV genotype 1b s/p ledipasvir 2018, SVR.                     | HCV               | HISTORICAL
            Tobacco use - last use 2019.                                  | Tobacco use       | HISTORICAL
            Patent LAD stent from 2019 PCI.                               | PCI               | HISTORICAL
            ANCA vasculitis (2019), in remission after rituximab.         | ANCA vasculitis   | HISTORICAL
            CT scan from 2020 showed a small liver cyst.                  | small liver cyst  | HISTORICAL
            A tiny right pleural effusion seen in 5/2022 has resolved.    | pleural effusion  | HISTORICAL
            You had a hysterectomy in 2015 after years of heavy bleeding. | heavy bleeding    | HISTORICAL
            She completed six months of isoniazid for latent tuberculosis in 2018. | latent tuberculosis | HISTORICAL
            Melanoma R back (2014) s/p WLE, NED                           | Melanoma          | HISTORICAL
            His febrile seizure at age 2 did not recur.                   | febrile seizure   | HISTORICAL
            Absence seizures as toddler, none since                       | Absence seizures  | HISTORICAL
            He finished chemotherapy for Hodgkin lymphoma in 2012.        | Hodgkin lymphoma  | HISTORICAL
            Urine culture from 2/2023 grew Klebsiella.                    | Klebsiella        | HISTORICAL
            Retinal tear OS s/p laser 2020, closed                        | Retinal tear      | HISTORICAL
            The patient's first manic episode in 2015 resolved with lithium. | manic episode     | HISTORICAL
            - Pneumonia, treated (azithromycin, 2019)                     | Pneumonia         | HISTORICAL
            Right hip mass, history of sarcoma treated in 2015.           | Right hip mass    |
            Postsurgical changes of prior left maxillary antrostomy and total ethmoidectomy. | ethmoidectomy     | HISTORICAL
            Go to the ED for leg swelling, since she had a DVT in 2021.   | DVT               | HISTORICAL
            - Venous stasis ulcer, L medial malleolus - healed 11/2023    | Venous stasis ulcer | HISTORICAL
            Old lacunar infarcts are unlikely to be a major contributor.  | lacunar infarcts  | HISTORICAL
            Hx CIN 3 s/p LEEP (2015), negative co-testing since.          | CIN 3             | HISTORICAL
            Gonorrhea (2019), treated, TOC negative.                      | Gonorrhea         | HISTORICAL
            You have had a bleed from varices in the past, so any vomiting of blood must be treated as an emergency. | bleed from varices | HISTORICAL
            Your heart attack in 2016 left a scar in the heart muscle.    | heart attack      | HISTORICAL
            Recurrent typical AFL after CTI ablation in 2019 - plan redo ablation. | CTI ablation      | HISTORICAL
            There was no change in your kidney function after the first doses. | kidney function   |
            Achalasia type II s/p POEM 2022 - Eckardt score 1, mild reflux, on PPI. | mild reflux       |
            Achalasia type II s/p POEM 2022 - Eckardt score 1, mild reflux, on PPI. | POEM              | HISTORICAL
            UGIB 4/2024 from duodenal ulcer, H. pylori+, treated.         | duodenal ulcer    | HISTORICAL
            Your x-rays showed that your left hip replacement from 2016 is in good position. | left hip replacement | HISTORICAL
            1. Peanut allergy, IgE-mediated - anaphylaxis 2019; strict avoidance. | anaphylaxis       | HISTORICAL
            Vancomycin infusion reaction 2023 - not IgE-mediated; may rechallenge. | Vancomycin infusion reaction | HISTORICAL
            Egg allergy - outgrown; passed OFC to whole egg 2020.         | Egg allergy       | HISTORICAL
            #Tobacco use - quit at positive pregnancy test.               | Tobacco use       | HISTORICAL
            #Prior LTCS x1 (2019, for NRFHT) - desires TOLAC.             | NRFHT             | HISTORICAL
            She consulted in Urology in May 2000, for lower urinary tract infection. | lower urinary tract infection |
            You should avoid sulfa antibiotics because of the skin reaction (SJS) you had in 2016. | SJS               | HISTORICAL
            Questionable cefazolin allergy: hypotension and flushing during 2022 surgery. | flushing          | HISTORICAL
            Today's egg challenge was stopped because your child developed hives after the third dose. | hives             |
            Patient's own history: anaphylaxis to sesame at age 2; no reactions since. | anaphylaxis       | HISTORICAL
            COMPARISON: Placenta from 2021 delivery showed chronic villitis. | chronic villitis  | HISTORICAL
            Febrile seizure x1 at 18 months, none since - no further workup needed. | Febrile seizure   | HISTORICAL
            Caller states toddler vomited once right after the fall, none since. | vomited once      |
            You were given a scopolamine patch because you have had bad nausea after past surgeries. | bad nausea        | HISTORICAL
            Because you had a jaw infection that needed to be drained in the hospital 2 years ago, call if swelling comes back. | jaw infection     | HISTORICAL
            The rash is most likely an allergic reaction to the amoxicillin you started 5 days ago. | allergic reaction | LOW_CONFIDENCE
            Previous biopsy of the same site (2021) showed mild dysplasia. | mild dysplasia    | HISTORICAL
            Hx varicella in childhood - immune by hx.                     | varicella         | HISTORICAL
            2. s/p splenectomy 2014 - vaccines UTD                        | splenectomy       | HISTORICAL
            She had shingles in 3/2021 with full recovery. | shingles | HISTORICAL
            You had a kidney infection in 2021 that was treated and has not come back. | kidney infection | HISTORICAL
            S/p ACL repair 2018 w/ persistent knee instability. | knee instability |
            Hepatitis C - glecaprevir/pibrentasvir 2020, cured. | Hepatitis C | HISTORICAL
            She has adjacent segment disease after a C5-6 fusion in 2017. | C5-6 fusion | HISTORICAL
            PMH per daughter: COPD, prior MI. | COPD | HISTORICAL
            2. Hodgkin lymphoma, s/p ABVD in 2011, in remission. | Hodgkin lymphoma | HISTORICAL
            Alcohol withdrawal seizures - history of, none since 2019. | Alcohol withdrawal seizures | HISTORICAL
            Migraine - h/o, no headaches this year. | Migraine | HISTORICAL
            Tobacco use - former; counseled on relapse. | Tobacco use | HISTORICAL
            Gout, tophaceous - inactive. | Gout | HISTORICAL
            Anemia (prior, iron deficiency) - resolved. | Anemia | HISTORICAL
            Guillain-Barre syndrome, fully recovered. | Guillain-Barre syndrome | HISTORICAL
            Past opioid misuse; stable on buprenorphine. | opioid misuse | HISTORICAL
            Antibodies may reflect prior exposure or current infection. | current infection | LOW_CONFIDENCE
            Cocaine use, last use 3 days ago. | Cocaine use |
            Seroma and clip at the lumpectomy site. | Seroma |
            You are 3 months out from your bypass surgery. | bypass surgery | HISTORICAL
            Eczema - childhood, resolved. | Eczema | HISTORICAL
            He used to have migraines. | migraines | HISTORICAL
            Cocaine use (active), last use 2 weeks ago. | Cocaine use |
            He has a history of DVT x2, seen for leg cramps. | leg cramps |
            Her echo in 2020 showed a small pericardial effusion. | small pericardial effusion | HISTORICAL
            You had a blood clot in your right arm (DVT) in 2018. | DVT | HISTORICAL
            Colposcopy in 2021 showed CIN 1. | CIN 1 | HISTORICAL
            He has a history of gout, and today's knee swelling started after a fall. | knee swelling |
            Because her sister had breast cancer at age 40, she is due for a mammogram. | mammogram |
            History of meningitis in 2015 with resulting hearing loss. | hearing loss |
            As a child you had rheumatic fever. | rheumatic fever | HISTORICAL
            Pulmonary embolism - history of (2018, provoked). | Pulmonary embolism | HISTORICAL
            She had a seizure in 2022 from hyponatremia. | hyponatremia | HISTORICAL
            Asthma - inactive, no attacks since 2019. | Asthma | HISTORICAL
            Personal history: breast cancer; no chemotherapy. | breast cancer | HISTORICAL
            Your knee surgery in 2015 is not thought to be causing the current pain. | knee surgery | HISTORICAL
            Because you had pyelonephritis in your first trimester, keep taking nitrofurantoin. | pyelonephritis | HISTORICAL
            You had a fall at home last month, so use your cane. | fall | HISTORICAL
            You had chest pain last night. | chest pain |
            Echo: mildly reduced pumping of your single ventricle, about the same as last year. | mildly reduced pumping |
            Egg allergy - resolved, outgrown by age 4 per oral food challenge. | Egg allergy | HISTORICAL
            Your childhood surgeries also included a Glenn procedure at age 2. | Glenn procedure | HISTORICAL
            He had a reaction to cashew at age 2 (vomiting and lip swelling), so keep tree nuts out of his diet. | lip swelling | HISTORICAL
            You had your tubes and ovaries removed in 2022 (risk-reducing salpingo-oophorectomy). | salpingo-oophorectomy | HISTORICAL
            He has a reaction to cashew (vomiting and lip swelling) each time. | lip swelling |
            Resolved (2022): iron deficiency, repleted with IV ferric carboxymaltose. | iron deficiency | HISTORICAL
            Past surgery: right ankle synovectomy in 2014. | right ankle synovectomy | HISTORICAL
            The patient had a tonsillectomy at age 6 complicated by delayed bleeding. | delayed bleeding | HISTORICAL
            The chest discomfort you had last month was caused by acid reflux, not your heart. | acid reflux |
            Your FVC was 64% predicted, down from 70% last year, showing slow progression of lung scarring. | progression of lung scarring |
            9. Cataract surgery OU - s/p, 2019. | Cataract surgery | HISTORICAL
            Prior stone analysis in 2019 showed a uric acid stone. | uric acid stone | HISTORICAL
            71M with PMH of HTN, DM2 and CKD 3a referred for anemia. | anemia |
            71M with PMH of HTN, DM2 and CKD 3a referred for anemia. | CKD 3a | HISTORICAL
            The patient's own memory decline began about 2 years ago. | memory decline |
            He had a stroke 2 years ago. | stroke | HISTORICAL
            Distal radius fracture healed with abundant callus. | abundant callus |
            Your old small stroke seen on MRI (a lacunar infarct in the left thalamus) is from the past. | lacunar infarct | HISTORICAL
            Prior marrow (10/2023) showed MDS with excess blasts-2. | MDS with excess blasts-2 | HISTORICAL
            Marrow today showed MDS with excess blasts-2. | MDS with excess blasts-2 |
            History of breast cancer treated with doxorubicin in 2017, raising concern for therapy-related myeloid neoplasm. | therapy-related myeloid neoplasm | LOW_CONFIDENCE
            History of breast cancer treated with doxorubicin in 2017, raising concern for therapy-related myeloid neoplasm. | breast cancer | HISTORICAL
            You had your heart transplant on 03/14/2023 for ischemic cardiomyopathy. | heart transplant | HISTORICAL
            You had your heart transplant on March 14, 2023 for ischemic cardiomyopathy. | ischemic cardiomyopathy | HISTORICAL
            You had a fever on Monday. | fever |
            RIGHT HEART CATHETERIZATION - Indication: surveillance 12 months post orthotopic heart transplant, rule out rejection. | orthotopic heart transplant | HISTORICAL
            Seen 2 years post transplant with fever and cough. | fever |
            He had a DVT in 2018 after knee surgery, with leg swelling on exam. | leg swelling |
            She had a BSO in 2021 for a benign dermoid cyst. | benign dermoid cyst | HISTORICAL
            Your urinary tract infection last month was treated, and the repeat urine culture was negative. | urinary tract infection | HISTORICAL
            Your cough last night kept you awake. | cough |
            She used phentermine-fenfluramine for weight loss in 1997. | phentermine-fenfluramine | HISTORICAL
            She uses an inhaler for asthma. | asthma |
            Your last admission for RV failure was in January, and you have had no ED visits since. | RV failure | HISTORICAL
            Admission for RV failure. | RV failure |
            OS: old posterior synechiae at 4 o'clock from the 2022 uveitis episode. | 2022 uveitis episode | HISTORICAL
            The uveitis episode this week was mild. | uveitis episode |
            The patient's orthostatic hypotension started in 2024 and is treated with droxidopa. | orthostatic hypotension |
            Orthostatic hypotension 2024 - treated, resolved. | Orthostatic hypotension | HISTORICAL
            Previous biopsy (2020): benign granuloma in a different nodule. | benign granuloma | HISTORICAL
            Biopsy today: benign granuloma. | benign granuloma |
            Resolved: ground-glass opacity LUL (2022 LDCT), not seen on 2023 follow-up. | ground-glass opacity | HISTORICAL
            Gallbladder sludge, not seen on the prior exam. | Gallbladder sludge |
            Last year you had a forearm wound that leaked lymph fluid; it healed in 6 weeks. | forearm wound | HISTORICAL
            He has had poor weight gain over the last month (12 g/day), so return for a weight check in 1 week. | poor weight gain |
            He had a fall at home last month. | fall | HISTORICAL
            The patient had RSV bronchiolitis at 2 months requiring PICU admission. | RSV bronchiolitis | HISTORICAL
            The patient had a single febrile seizure at 18 months and none since. | febrile seizure | HISTORICAL
            You had an early pregnancy loss (miscarriage) at 8 weeks and chose misoprostol. | miscarriage |
            The patient himself has had daytime wetting since toilet training. | daytime wetting |
            The patient herself has had two miscarriages, in 2019 and 2021. | miscarriages | HISTORICAL
            Her father had a stroke; she herself had a DVT after surgery. | DVT | HISTORICAL
            She had a needlestick injury in 2015 with negative follow-up testing. | needlestick injury | HISTORICAL
            Former alcohol use, none in the past 10 years. | alcohol use | HISTORICAL
            You were hospitalized for pancreatitis in 2018. | pancreatitis | HISTORICAL
            Last month you had a kidney stone and passed it at home. | kidney stone | HISTORICAL
            He has been more tired since starting metoprolol last summer. | tired |
            Alcohol use disorder, severe, with withdrawal seizures in 2021. | withdrawal seizures | HISTORICAL
            Tricuspid valve endocarditis (MSSA) in 2020, s/p 6 weeks of cefazolin. | Tricuspid valve endocarditis | HISTORICAL
            Clinical history: adenomas on colonoscopy in 2019, here for surveillance. | adenomas | HISTORICAL
            The patient's own heart failure was diagnosed in 2019 and is now managed at home. | heart failure |
            Apixaban was started for atrial fibrillation in 2022. | atrial fibrillation |
            Next colonoscopy in 2029 for surveillance of adenomas. | colonoscopy |
            Colonoscopy due in 2029. | Colonoscopy |
            You had a droopy left eyelid after the last injections around your eyes, and it went away in three weeks. | droopy left eyelid | HISTORICAL
            Past ocular history: blunt trauma OS at age 9 with traumatic cataract, removed at age 12. | traumatic cataract | HISTORICAL
            Occupational history: battery recycling plant from 2008 to 2014, with documented lead exposure. | lead exposure | HISTORICAL
            Military: Army 2001-2009 with blast exposure; he has had tinnitus since his deployment. | blast exposure | HISTORICAL
            Perforated gastric ulcer 2018 - NSAIDs contraindicated. | Perforated gastric ulcer | HISTORICAL
            Febrile seizure 4/2023 in setting of influenza. | Febrile seizure | HISTORICAL
            Kidney transplant 2015, on tacrolimus. | Kidney transplant | HISTORICAL
            NMS (2012, haloperidol) - avoid high-potency antipsychotics. | NMS | HISTORICAL
            Unprovoked right popliteal DVT 03/2024 - active, month 4 of anticoagulation. | Unprovoked right popliteal DVT |
            LLE DVT (01/2024), provoked - on apixaban. | LLE DVT |
            Her mammogram 2/2024 was normal. | mammogram |
            Eczema, childhood, resolved. | Eczema | HISTORICAL
            She reports physical abuse in childhood and has PTSD. | physical abuse in childhood | HISTORICAL
            Retired mechanic who injured his shoulder lifting an engine in 2012. | injured his shoulder | HISTORICAL
            An 8-year-old girl with febrile seizures at ages 1 and 2, now with a first afebrile seizure. | febrile seizures | HISTORICAL
            When she was 9 months old, she had a febrile seizure with an ear infection. | febrile seizure | HISTORICAL
            Disability: on SSDI since 2019 for lumbar spinal stenosis. | lumbar spinal stenosis |
            In 2018 he had a severe reaction to phenytoin. | severe reaction | HISTORICAL
            Drug-induced hyponatremia (Na 119 in 2020) - avoid carbamazepine. | Drug-induced hyponatremia | HISTORICAL
            Past psychiatric history: major depression, diagnosed at age 30. | major depression | HISTORICAL
            The antibody test can stay positive for years after the syphilis you were treated for in 2018. | syphilis | HISTORICAL
            You were in the hospital in March with a COPD exacerbation. | COPD exacerbation | HISTORICAL
            She was admitted in 2022 for a heart failure exacerbation. | heart failure exacerbation | HISTORICAL
            You were admitted to the hospital after your first seizure on Monday. | first seizure |
            You had a similar fall last April. | similar fall | HISTORICAL
            Hx: At age 4 he developed hives after penicillin. | hives | HISTORICAL
            Urticarial rash to cefaclor at age 2, low risk. | Urticarial rash | HISTORICAL
            He caught influenza in 2019. | influenza | HISTORICAL
            Quit drinking in 2018 after his pancreatitis. | pancreatitis | HISTORICAL
            An outside colonoscopy in 2017 reportedly showed two small polyps. | two small polyps | HISTORICAL
            Genetic testing in 2021 showed a pathogenic BRCA2 variant. | pathogenic BRCA2 variant |
            Prior echocardiogram (2022) showed mild aortic stenosis. | mild aortic stenosis | HISTORICAL
            He was told in 2012 that he had hepatitis C. | hepatitis C | HISTORICAL
            Reports anxiety since his layoff last year. | anxiety |
            Kidney stones x3 (2015, 2019), none since. | Kidney stones | HISTORICAL
            She was hospitalized for pneumonia in 4th grade. | pneumonia | HISTORICAL
            She mentions a suicide attempt by cutting at a group home in 2016. | suicide attempt | HISTORICAL
            You tried to overdose on pills at home in 2021. | tried to overdose | HISTORICAL
            s/p left above-knee amputation in 2019 for gangrene. | gangrene | HISTORICAL
            H/O Bell palsy 2016, not felt to be vascular. | Bell palsy | HISTORICAL
            Simvastatin was stopped in 2021 because of muscle cramps. | muscle cramps | HISTORICAL
            He used methamphetamine in his late twenties but has been sober since. | methamphetamine | HISTORICAL
            PMH: COPD 2016 with home oxygen; atrial fibrillation. | atrial fibrillation | HISTORICAL
            History of: remote tuberculosis, treated 1990; nodules on current CT. | nodules |
            Preeclampsia x3 (2010, 2013, 2016). | Preeclampsia | HISTORICAL
            Smoking: quit 10 years ago. | Smoking | HISTORICAL
            Left total knee arthroplasty (2012) for osteoarthritis. | osteoarthritis | HISTORICAL
            Birth history: born at 30 weeks; NICU stay for respiratory distress syndrome. | respiratory distress syndrome | HISTORICAL
            Childhood apraxia of speech, in speech therapy. | Childhood apraxia of speech |
            She has a remote history of cocaine use, none in 10 years. | cocaine use | HISTORICAL
            Noah has been in the hospital three times before for metabolic crises. | metabolic crises | HISTORICAL
            Maya has had two earlier hospital stays for high ammonia, both during colds. | high ammonia | HISTORICAL
            Occupational history: retired construction worker after a crush injury to the right leg in 2015. | crush injury | HISTORICAL
            The amputation followed a high-voltage electrical injury at work in 2020. | high-voltage electrical injury | HISTORICAL
            Optic neuritis OS (2016), recovered to 20/20. | Optic neuritis | HISTORICAL
            Your first pregnancy was complicated by preeclampsia. | preeclampsia | HISTORICAL
            You stopped smoking three months before donation. | smoking | HISTORICAL
            Anabolic steroid use, discontinued 2023. | Anabolic steroid use | HISTORICAL
            Your infusion in 2022 caused a rash, so you were given an antihistamine before today's dose. | rash | HISTORICAL
            Hx recurrent pressure ulcers, none currently. | pressure ulcers | HISTORICAL
            She formerly used cocaine and has been in recovery for 8 years. | cocaine | HISTORICAL
            You have already had a hysterectomy, so you will not need yearly uterine biopsies. | hysterectomy | HISTORICAL
            Born at 33 weeks; NICU stay for respiratory distress syndrome. | respiratory distress syndrome | HISTORICAL
            Hx recurrent UTIs, none in the past year. | recurrent UTIs | HISTORICAL
            Occupational history: coal miner for 22 years with heavy coal dust exposure, retired in 2010. | coal dust exposure | HISTORICAL
            He quit smoking at 55 after a heart attack. | heart attack | HISTORICAL
            She stopped driving in 2021 after an episode of diplopia on the highway. | diplopia | HISTORICAL
            Prior pulmonary rehabilitation in 2018 was stopped after a hip fracture. | hip fracture | HISTORICAL
            She has never used tobacco but had heavy secondhand smoke exposure from both parents during childhood. | secondhand smoke exposure | HISTORICAL
            You were told years ago that you had a small hole in the heart that closed on its own. | hole in the heart | HISTORICAL
            The mild mouth itching after the 2nd dose went away on its own and did not need treatment. | mild mouth itching |
            Hemoptysis x1 (Jan 2024), self-limited. | Hemoptysis | HISTORICAL
            LLE DVT (Jan 2024) - on apixaban. | LLE DVT |
            Moderate restrictive ventilatory defect with FVC 41% predicted, declined from 48% last year. | restrictive ventilatory defect |
            As a newborn she had transient abnormal myelopoiesis, a blood condition that went away without treatment. | transient abnormal myelopoiesis | HISTORICAL
            3 wk old with DS and large VSD, sweating and tiring with bottle feeds. | large VSD |
            You had a low-grade fever last night that went away without treatment; call if your temperature goes above 101. | low-grade fever |
            Your baby was treated in the NICU for necrotizing enterocolitis and now has no feeding problems. | necrotizing enterocolitis | HISTORICAL
            Your baby needed bili lights for jaundice in the NICU. | jaundice | HISTORICAL
            The right inguinal hernia found in the NICU will be repaired by pediatric surgery as an outpatient in June. | inguinal hernia |
            Your baby was seen today in the NICU Follow-Up Clinic for bronchopulmonary dysplasia. | bronchopulmonary dysplasia |
            Was in daycare until his PICU stay for RSV bronchiolitis in January; now cared for at home by his grandmother. | RSV bronchiolitis | HISTORICAL
            ESI level 2 given former preemie with apnea at home. | apnea |
            Apnea of prematurity, resolved at 36 wks PMA; off caffeine. | Apnea of prematurity | HISTORICAL
            Neonatal seizures, none since NICU discharge; phenobarbital weaned off 4/2024. | Neonatal seizures | HISTORICAL
            Your baby's inguinal hernia was repaired last month and the incision has healed well. | inguinal hernia | HISTORICAL
            Last anesthetic (2022) complicated by emergence delirium requiring dexmedetomidine. | emergence delirium | HISTORICAL
            Hx of left MCA stroke with baseline mild expressive aphasia. | expressive aphasia |
            7. History of right MCA ischemic stroke 2017 with residual left hand clumsiness. | left hand clumsiness | HISTORICAL
            You were told in the past that you had a pinched nerve in your neck. | pinched nerve in your neck | HISTORICAL
            Patient was seen here in 2022 for a boxer's fracture of the same hand, treated in a cast. | boxer's fracture | HISTORICAL
            Seen in this ED 2 months ago for the same complaint and discharged after hemin. | same complaint | HISTORICAL
            Right popliteal vein DVT confirmed on duplex 5/2, previously suspected clinically. | DVT |
            She outgrew her egg allergy by age five. | egg allergy | HISTORICAL
            Prior ED visit in 2021 for an asthma attack. | asthma attack | HISTORICAL
            Herpetic keratitis OD healed - residual stromal haze. | Herpetic keratitis | HISTORICAL
            Herpetic keratitis OD healed - residual stromal haze. | residual stromal haze |
            The graft showed rejection in March, and this cleared completely with steroids. | rejection | HISTORICAL
            You were briefly confused, and this cleared by the morning. | confused |
            Concussion cleared by physician 3/2/25. | Concussion | HISTORICAL
            Known wasp allergy with an anaphylactic reaction in summer 2021. | anaphylactic reaction | HISTORICAL
            Lead poisoning (BLL 52), chelated 2018; BLL now 4. | Lead poisoning | HISTORICAL
            Breast cancer 2015, no recurrence. | Breast cancer | HISTORICAL
            Perioral dermatitis after the steroid cream, since faded. | Perioral dermatitis | HISTORICAL
            Cannabis use until 2020, now abstinent. | Cannabis use | HISTORICAL
            Nail biting stopped at age 12. | Nail biting | HISTORICAL
            Dog bite in 2021 complicated by cellulitis. | cellulitis | HISTORICAL
            Reports a concussion sophomore year from soccer. | concussion | HISTORICAL
            Lineman returning to work after a rotator cuff repair. | rotator cuff repair | HISTORICAL
            """)
    void historicalMentions(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mother had breast cancer.                                   | breast cancer   | FAMILY
            Family history of colon cancer.                             | colon cancer    | FAMILY
            His father died of a myocardial infarction at age 50.       | myocardial infarction | FAMILY
            Diabetes runs in the family.                                | diabetes        | FAMILY
            Breast cancer in her maternal aunt.                         | breast cancer   | FAMILY
            Family history is negative for colon cancer.                | colon cancer    | NEGATION,FAMILY
            No family history of sudden cardiac death.                  | sudden cardiac death | NEGATION,FAMILY
            He lives with his mother and has asthma.                    | asthma          |
            Her mother reports that she has had fevers.                 | fevers          |
            Father with history of stroke.                              | stroke          | FAMILY
            His brother has diabetes and he has hypertension.           | hypertension    |
            No one in the family has had colon cancer.                  | colon cancer    | NEGATION,FAMILY
            Family history of hypertension and a personal history of migraines. | migraines | HISTORICAL
            Her children have asthma.                                   | asthma          | FAMILY
            There is a history of alcoholism on the paternal side.      | alcoholism      | FAMILY
            Her mother's side of the family has a history of heart disease. | heart disease | FAMILY
            She lives with her husband, who has Parkinson disease.      | Parkinson disease | FAMILY
            Nobody in the family has a bleeding disorder.               | bleeding disorder | NEGATION,FAMILY
            The child has had three ear infections this year.           | ear infections  |
            Her son has noticed memory loss over the past year.         | memory loss     |
            The patient's brother donated a kidney for her transplant.  | transplant      |
            Nobody else in her family has had seizures.                 | seizures        | NEGATION,FAMILY
            Because of his father's history of colon cancer, he had an early colonoscopy. | colon cancer | FAMILY
            Given her sister's history of lupus, she was seen for joint pain. | joint pain  |
            Because of his mother's diagnosis, he will have an echocardiogram to look for cardiomyopathy. | cardiomyopathy | HYPOTHETICAL
            FHx: Father - MI at 50; angiogram showed three-vessel disease. | three-vessel disease | FAMILY
            MI at 50; angiogram showed three-vessel disease.            | three-vessel disease |
            Sister had a DVT during her pregnancy and has a prothrombin mutation. | prothrombin mutation | FAMILY
            Her sister had a DVT, and she has a prothrombin mutation.   | prothrombin mutation |
            Father - emphysema, on home oxygen from age 60 after years of smoking, died at 72 of lung cancer. | lung cancer | FAMILY
            Mat GM - breast cancer at 50.                               | breast cancer   | FAMILY
            FOB with cystic fibrosis carrier status.                    | cystic fibrosis | FAMILY
            Family history: denies diabetes or stroke.                  | stroke          | NEGATION,FAMILY
            Her brother was tested for celiac disease, which was negative. | celiac disease | NEGATION,FAMILY
            PGF - ? Huntington disease.                                 | Huntington disease | FAMILY,LOW_CONFIDENCE
            Tell your doctor if anyone in your family died of a heart attack. | heart attack | HYPOTHETICAL,FAMILY
            Brother (45) fell off a ladder at work and was then found to have a brain tumor. | brain tumor | FAMILY
            Snoring per bed partner, no witnessed apneas.               | witnessed apneas | NEGATION
            Brothers are alive and well.                                | alive and well  |
            Your father's heart disease does not mean you will have it. | heart disease   | FAMILY
            PGM - colon cancer at 60.                                   | colon cancer    | FAMILY
            Neither parent has diabetes.                                | diabetes        | NEGATION,FAMILY
            No one in the family has needed dialysis or a transplant after surgery, and there are no known kidney cysts. | kidney cysts | NEGATION,FAMILY
            Family cardiac history negative for sudden death.           | sudden death    | NEGATION,FAMILY
            Long QT syndrome: father and paternal aunt.                   | Long QT syndrome  | FAMILY
            Celiac disease - sister (biopsy proven).                      | Celiac disease    | FAMILY
            Family history reviewed: mother with lupus.                   | lupus             | FAMILY
            No colon cancer on either side.                               | colon cancer      | NEGATION,FAMILY
            No known bleeding disorder in either parent's family.         | bleeding disorder | NEGATION,FAMILY
            For caregivers: your father was treated for a urinary infection. | urinary infection |
            Family history is noncontributory for seizures or migraines.  | migraines         | NEGATION,FAMILY
            No relatives had seizures.                                    | seizures          | NEGATION,FAMILY
            Maternal history: gestational diabetes; GBS negative.         | gestational diabetes | FAMILY
            Your son has an ear infection in the left ear.                | ear infection     |
            Instructions for family: your father's pneumonia is improving on antibiotics. | pneumonia         |
            No thyroid disease in either parent.                          | thyroid disease   | NEGATION,FAMILY
            Pt's second child was born with a cleft palate.               | cleft palate      | FAMILY
            Sib w/ celiac disease.                                        | celiac disease    | FAMILY
            Half-sib with epilepsy.                                       | epilepsy          | FAMILY
            Your son (7 y) was bitten on the left ankle by a snake.       | bitten            | 
            Stepfather (not biologically related): heavy drinker.         | heavy drinker     | FAMILY
            His wife, who is his main caregiver, has macular degeneration. | macular degeneration | FAMILY
            Your father's melanoma and your own history of dysplastic nevi mean you need skin checks. | dysplastic nevi   | HISTORICAL
            Screen first-degree relatives with echo and ECG for HCM.      | HCM               | HYPOTHETICAL,FAMILY
            Family history otherwise unremarkable.                        | unremarkable      | 
            Your maternal aunt was told she might have Crohn's disease.   | Crohn's disease   | FAMILY,LOW_CONFIDENCE
            Daughter (24) - referred for genetic counselling re: hereditary breast cancer risk | hereditary breast cancer | HYPOTHETICAL,FAMILY
            Daughter, 14: QTc 470 ms, borderline - LQTS not excluded.     | LQTS              | FAMILY,LOW_CONFIDENCE
            Mother adopted; maternal family history unknown.              | maternal family history | 
            Father is adopted; his family history is unknown.             | adopted           | 
            A shunt was placed in her brother at 6 months for hydrocephalus. | hydrocephalus     | FAMILY
            We discussed the chance of sickle cell disease in any future children. | sickle cell disease | HYPOTHETICAL,FAMILY
            Your wife was admitted overnight for influenza.               | influenza         | FAMILY
            Your son's rash is most likely from the new soap.             | rash              | 
            Your daughters should be screened for thalassemia trait.      | thalassemia trait | HYPOTHETICAL,FAMILY
            Stepsister has type 1 diabetes.                               | type 1 diabetes   | FAMILY
            Your daughter, who is your main caregiver, has the flu.       | flu               | FAMILY
            Your daughter, who came with you, said you had been falling.  | falling           | 
            Your mother mentioned that you have been more tired.          | tired             | 
            Your son and daughter should start colonoscopy at 40 to check for polyps. | polyps            | HYPOTHETICAL,FAMILY
            His siblings should have an echocardiogram for hypertrophic cardiomyopathy. | hypertrophic cardiomyopathy | HYPOTHETICAL,FAMILY
            Recommend screening in first-degree relatives for hemochromatosis. | hemochromatosis   | HYPOTHETICAL,FAMILY
            Husband's semen analysis showed low sperm count.              | low sperm count   | FAMILY
            The couple's second child has sickle cell disease.            | sickle cell disease | FAMILY
            No known bleeding disorder in either family.                  | bleeding disorder | NEGATION,FAMILY
            Your son, who was your kidney donor, has had no problems since surgery. | problems          | NEGATION,FAMILY
            Your brother should also be screened for depression.          | depression        | HYPOTHETICAL,FAMILY
            Your sister mentioned she has shingles right now.             | shingles          | FAMILY
            The patient's father reports that he has been coughing at night. | coughing          | 
            Nobody at home has had a cough.                               | cough             | NEGATION
            Counseled on safe sleep to lower the risk of SIDS in her newborn daughter. | SIDS              | HYPOTHETICAL,FAMILY
            Psoriasis runs on your mother's side of the family.           | Psoriasis         | FAMILY
            Exposure from a source patient with hepatitis C.              | hepatitis C       | FAMILY
            Father with chronic cough, never evaluated; probable COPD.    | COPD              | FAMILY,LOW_CONFIDENCE
            Maternal aunt died young of a clot; factor V Leiden suspected. | factor V Leiden   | FAMILY,LOW_CONFIDENCE
            Crusts were removed from both sides of the nose.              | Crusts            |
            Diabetes on both sides of the family.                         | Diabetes          | FAMILY
            Aunt was told she had lupus - not confirmed.                  | lupus             | FAMILY,LOW_CONFIDENCE
            Celiac disease in a second cousin.                            | Celiac disease    | FAMILY
            I-1 (PGF) d. 64 stroke.                                       | stroke            | FAMILY
            Son, who lives with the patient, has epilepsy.                | epilepsy          | FAMILY
            Maternal serologies: HIV neg, HBsAg neg, GBS pos.             | HIV               | NEGATION,FAMILY
            Anyone at home with a fever should stay away from the baby.   | fever             | HYPOTHETICAL,FAMILY
            Paternal cousin died in her sleep at 19 - family was told it was possibly Brugada syndrome. | Brugada syndrome  | FAMILY,LOW_CONFIDENCE
            Father died at 51 of a tumor in his neck - per pt possibly medullary thyroid cancer. | medullary thyroid cancer | FAMILY,LOW_CONFIDENCE
            INDICATION: Detailed anatomy survey at 20w1d; prior child with VSD. | VSD               | FAMILY
            FOB's family: no known genetic disorders.                     | genetic disorders | NEGATION,FAMILY
            Multiple placental infarcts, consistent with maternal vascular malperfusion. | maternal vascular malperfusion |
            #Large for dates, FH 38 at 34 wks - US to eval for polyhydramnios. | polyhydramnios    | HYPOTHETICAL
            Baby's father has the flu - wash hands often and call if you develop fever or body aches. | body aches        | HYPOTHETICAL
            Newborn sister's TREC screen is pending to rule out SCID.     | SCID              | HYPOTHETICAL,FAMILY
            Source pt HCV Ab pos, RNA pending.                            | HCV               | FAMILY
            One companion was diagnosed with dengue in Sao Paulo.         | dengue            | FAMILY
            Pt shares a break room with the index case, who had a cough x 3 mo before dx. | cough             | FAMILY
            Organ donor had hepatitis C viremia; recipient started on glecaprevir. | hepatitis C viremia | FAMILY
            Donor cultures grew Candida albicans. | Candida albicans | FAMILY
            Two brothers, both healthy; none with diabetes or gout. | gout | NEGATION,FAMILY
            Son has sickle cell trait and was declined as a kidney donor. | sickle cell trait | FAMILY
            Sister was the planned kidney donor but was turned down for obesity on evaluation. | obesity | FAMILY
            Mother is currently admitted to the ICU with sepsis. | sepsis | FAMILY
            Your partner told you she has chlamydia. | chlamydia | FAMILY
            The people you live with should watch for fever or a new rash. | new rash | HYPOTHETICAL,FAMILY
            Call if your partner's test comes back positive for trichomonas. | trichomonas | HYPOTHETICAL,FAMILY
            Hemophilia runs in your family. | Hemophilia | FAMILY
            Three classmates have influenza. | influenza | FAMILY
            Your partners should be tested for gonorrhea. | gonorrhea | HYPOTHETICAL,FAMILY
            Cellmate was diagnosed with active TB last week. | active TB | FAMILY
            Genetic testing in her sister identified a BRCA2 variant. | BRCA2 variant | FAMILY
            His personal and family history are suggestive of Lynch syndrome. | Lynch syndrome | LOW_CONFIDENCE
            Wife also c/o nausea and dizziness. | dizziness | FAMILY
            Family members were advised to be screened for long QT syndrome. | long QT syndrome | HYPOTHETICAL,FAMILY
            Her son was told to seek care if he develops chest pain. | chest pain | HYPOTHETICAL,FAMILY
            Testing for hemochromatosis was recommended for his brothers. | hemochromatosis | HYPOTHETICAL,FAMILY
            Aunt suspected to have hemochromatosis, not yet tested. | hemochromatosis | FAMILY,LOW_CONFIDENCE
            Grandmother reports asthma in the child's father. | asthma | FAMILY
            His siblings should also be referred for long QT syndrome testing. | long QT syndrome | HYPOTHETICAL,FAMILY
            Daughter will be screened with an echo for cardiomyopathy. | cardiomyopathy | HYPOTHETICAL,FAMILY
            Father denies any alcohol use himself. | alcohol use | NEGATION,FAMILY
            Mother denied any seizures of her own. | seizures | NEGATION,FAMILY
            Your brother had a heart attack, and you asked what signs of a stroke to watch for. | stroke | HYPOTHETICAL
            She has endometriosis like her sister, with painful periods since age 14. | painful periods |
            Genetic testing found a BRCA2 variant, the same variant seen in his mother. | BRCA2 variant |
            Brother was recently found to have scoliosis on screening. | scoliosis | FAMILY
            Mother with type 2 diabetes; pilot has impaired fasting glucose. | impaired fasting glucose |
            Denies chest pain despite his father's heart attack. | heart attack | FAMILY
            Parents deny any family history of hip dysplasia; the infant has a hip click today. | hip click |
            No one in the family is known to have had kidney stones. | kidney stones | NEGATION,FAMILY
            Husband also reports chronic back pain. | chronic back pain | FAMILY
            No one else in the extended family is known to have hemophilia. | hemophilia | NEGATION,FAMILY
            Because your sister had breast cancer and you carry the same BRCA2 variant, you need yearly MRI. | breast cancer | FAMILY
            Because your sister had breast cancer and you carry the same BRCA2 variant, you need yearly MRI. | BRCA2 variant |
            Your husband tells us you have been snoring loudly. | snoring |
            She was admitted to the mother-baby unit for postpartum psychosis. | postpartum psychosis |
            Your father's history of colon cancer is the reason we will check you for polyps. | polyps | HYPOTHETICAL
            Mother had moyamoya disease; the MRA shows early moyamoya changes in the patient. | early moyamoya changes |
            Mother had moyamoya disease; the MRA shows early moyamoya changes in the patient. | moyamoya disease | FAMILY
            His children were screened and none of them has latent TB. | latent TB | NEGATION,FAMILY
            Mother's family: several women with ovarian cancer. | ovarian cancer | FAMILY
            Another sister had a stillbirth at 36 weeks attributed to placental abruption. | placental abruption | FAMILY
            Pedigree reviewed; his sustained VT began at age 30, earlier than in his father. | sustained VT |
            Your brother's Parkinson disease is not related to your memory problems. | memory problems |
            Your brother's Parkinson disease is not related to your memory problems. | Parkinson disease | FAMILY
            32. Peanut allergy in older brother - noted for household avoidance plan. | Peanut allergy | FAMILY
            Brother is currently being treated for impetigo, so watch her for crusted sores. | impetigo | FAMILY
            His father had sustained VT at age 30. | sustained VT | FAMILY
            The patient carries the same BRCA1 mutation as her sister and is now receiving radiation for right breast cancer. | right breast cancer |
            The patient carries the same BRCA1 mutation as her sister and is now receiving radiation for right breast cancer. | BRCA1 mutation |
            Her sister carries a BRCA1 mutation and is now receiving radiation for breast cancer. | breast cancer | FAMILY
            The family history of osteoporosis places him at additional risk for fragility fractures. | fragility fractures | HYPOTHETICAL
            The family history of osteoporosis places him at additional risk for fragility fractures. | osteoporosis | FAMILY
            Wife will be the primary caregiver and has been trained in intermittent catheterization. | intermittent catheterization |
            Wife was trained in CPR because her father had a cardiac arrest. | cardiac arrest | FAMILY
            Because your son also has asthma, keep his rescue inhaler separate from yours. | asthma | FAMILY
            Pt is adopted; birth mother with reported prenatal opioid use. | prenatal opioid use | FAMILY
            Mother with asthma; patient reported wheezing. | wheezing |
            Mother received RhoGAM at 28 weeks; infant is A positive and DAT negative. | DAT | NEGATION
            Mom had a fever during labor; your baby's blood culture was negative at 48 hours. | blood culture | NEGATION
            3. ABO incompatibility (mom O+, baby A+), DAT positive - active. | DAT positive |
            Mother had gestational diabetes; she was treated with insulin. | gestational diabetes | FAMILY
            Mother reports she had dyslexia and had an IEP in elementary school. | dyslexia | FAMILY
            Mother reports he has had a fever for 3 days. | fever |
            The patient's language regression at 20 months was not seen in his older brother. | language regression |
            The patient was diagnosed today with autism spectrum disorder, making him the second child in the family with this diagnosis. | autism spectrum disorder |
            Parent and teacher Vanderbilt ratings endorse 7 and 6 of 9 inattentive symptoms, with impairment in both settings. | inattentive symptoms |
            Parent has ADHD. | ADHD | FAMILY
            Her mother also reports that the patient has been short of breath climbing stairs. | short of breath |
            Partner also reports recent rectal gonorrhea. | rectal gonorrhea | FAMILY
            Older sister with atopic dermatitis and peanut allergy; Sofia has eczema on her flexor surfaces. | eczema |
            Older sister with atopic dermatitis and peanut allergy; Sofia has eczema on her flexor surfaces. | atopic dermatitis | FAMILY
            Father had bilateral inguinal hernias as an infant; Leo's right inguinal hernia was noted today. | right inguinal hernia |
            Father died suddenly at 41; Brugada syndrome suspected but never confirmed. | Brugada syndrome | FAMILY,LOW_CONFIDENCE
            Her grandmother, who watches her during the day, was just diagnosed with pertussis. | pertussis | FAMILY
            Maternal pregnancy was complicated by severe preeclampsia with HELLP syndrome, prompting delivery at 27 weeks. | HELLP syndrome | FAMILY
            Your wife has learned to give your insulin, and your morning sugars have been higher than we would like. | morning sugars |
            Mother healthy; her pregnancy with the patient was complicated by gestational diabetes. | gestational diabetes | FAMILY
            Her pregnancy was complicated by gestational diabetes. | gestational diabetes |
            Lives with his wife of 30 years, who also has type 2 diabetes. | type 2 diabetes | FAMILY
            Sexual history: four partners in the last year, no prior STIs. | prior STIs | NEGATION
            One partner in the past year was treated for gonorrhea. | gonorrhea | FAMILY
            Her two children, who travelled with her, also developed watery diarrhea in Peru. | watery diarrhea | FAMILY
            Sick contacts: her sister, who shared meals with her in Mexico, had the same vomiting illness. | vomiting illness | FAMILY
            He may need a graft like his father, who had keratoconus. | keratoconus | FAMILY
            Both parents lived into their 90s without dementia. | dementia | NEGATION,FAMILY
            No relatives are known to have had malignant hyperthermia. | malignant hyperthermia | NEGATION,FAMILY
            Sick contacts: his tent mate had a febrile illness at base camp. | febrile illness | FAMILY
            A cousin was told she has fibromyalgia, but this was never confirmed. | fibromyalgia | FAMILY,LOW_CONFIDENCE
            He lives with his wife and two sons, one of whom has epilepsy. | epilepsy | FAMILY
            Dad says he also had eczema as a child. | eczema | FAMILY
            Siblings: two sisters, all healthy except one with type 1 diabetes. | type 1 diabetes | FAMILY
            Parental history of osteoporosis: yes (father). | osteoporosis | FAMILY
            His cabin mate also has a fever and will be swabbed today. | fever | FAMILY
            Maternal urine drug screen at delivery was positive for opiates. | opiates | FAMILY
            There is a family history of asthma but not of eczema. | eczema | NEGATION,FAMILY
            Eldest child had chickenpox last month. | chickenpox | FAMILY
            Both grandparents are in good health. | good health |
            Her brother also has Crohn disease, which started after a bout of gastroenteritis at 20. | gastroenteritis | FAMILY
            Her older sister has psoriasis but no joint pain. | joint pain | NEGATION,FAMILY
            Let us know if your mother is diagnosed with breast cancer. | breast cancer | HYPOTHETICAL,FAMILY
            Colon cancer on both sides of the family. | Colon cancer | FAMILY
            Her children who have asthma use inhalers. | asthma | FAMILY
            Her first baby needed phototherapy for jaundice. | jaundice | FAMILY
            Unlike her sister, who has eczema, Mia has clear skin. | eczema | FAMILY
            Leo's father told us that he also had clubfoot as a baby. | clubfoot | FAMILY
            Your partner told us they have also had a rash. | rash | FAMILY
            His wife is his caregiver and has no health problems of her own. | health problems | NEGATION,FAMILY
            The patient's husband is her primary caregiver during chemotherapy. | chemotherapy |
            The younger sister was tested after the patient's diagnosis and does not have OTC deficiency. | OTC deficiency | NEGATION,FAMILY
            Lives with mother and grandmother and attends daycare, where she has had frequent colds. | frequent colds |
            Type 2 diabetes runs through her father's side of the family. | Type 2 diabetes | FAMILY
            Several men on the mother's side had sudden vision loss in young adulthood. | sudden vision loss | FAMILY
            Former living donor with mild post-donation hypertension, well controlled. | post-donation hypertension |
            Mother with autosomal dominant polycystic kidney disease; the candidate's MRI shows no renal cysts. | renal cysts | NEGATION
            Her mother, who is present today, has lupus and asked whether it could affect her daughter's heart. | lupus | FAMILY
            Mother is worried that her son will develop celiac disease like his aunt. | celiac disease | HYPOTHETICAL
            She lives with her daughter, who has noticed that she has become forgetful since the ICU stay. | forgetful |
            Emma's older brother was also admitted to the PICU for a severe asthma attack two years ago. | severe asthma attack | FAMILY
            His mother had a goiter, but she was never treated for thyroid disease. | thyroid disease | NEGATION,FAMILY
            A cousin had sickle cell disease, but she has sickle cell trait only. | sickle cell trait |
            Father's asthma is severe, and he has been intubated twice. | intubated | FAMILY
            Her mother reports similar leg discomfort in the evenings. | leg discomfort | FAMILY
            Children with spina bifida are at higher risk for broken bones in the legs. | broken bones | HYPOTHETICAL
            Return precautions were reviewed with his mother for vomiting blood, dehydration, and difficulty breathing. | dehydration | HYPOTHETICAL
            Mother brings him in because he has been tripping more often over the past month. | tripping |
            Her sister is currently receiving chemotherapy for breast cancer diagnosed last month. | breast cancer | FAMILY
            His wife is his main support and recently finished treatment for breast cancer. | breast cancer | FAMILY
            Mother was unable to breastfeed any of her four children because of low milk supply. | low milk supply | FAMILY
            Keep your naloxone nasal spray where family members can find it in case of an accidental overdose. | accidental overdose | HYPOTHETICAL
            Her son interprets for her because of her profound hearing loss. | profound hearing loss |
            If someone you live with tests positive for COVID-19, call us before your next session. | COVID-19 | HYPOTHETICAL,FAMILY
            Lives with her boyfriend, who smokes indoors. | smokes | FAMILY
            Lives with her husband, who manages her seizure medications and drives her to appointments. | seizure |
            His mother, who is a nurse, has noticed that he is more tired after school. | tired |
            Her mood has been low since her sister moved away, and we started sertraline for depression. | depression |
            Lives in a group home with three housemates, one of whom was hospitalized last week with COVID-19. | COVID-19 | FAMILY
            Grandson lives in the home and currently has chickenpox. | chickenpox | FAMILY
            Children are healthy apart from the youngest, who has eczema. | eczema | FAMILY
            Fam hx DDH (mother) - hip US at 6 wks normal. | DDH | FAMILY
            Parents are concerned that the baby might have autism like his uncle. | autism | LOW_CONFIDENCE
            Mother, a respiratory therapist, has noted desaturations into the 80s during feeds. | desaturations |
            Phone triage: mom reports 7 yo daughter with new breast buds and pubic hair; no vaginal bleeding. | pubic hair |
            If your husband sees you with slurred speech again, he should call 911 and note the time it started. | slurred speech | HYPOTHETICAL
            Wife at bedside has had a cough and fever for 3 days. | fever | FAMILY
            Wife at bedside reports he had a 2-minute generalized seizure at home this morning. | seizure |
            Grandson who lives in the home currently has strep throat. | strep throat | FAMILY
            Lives with her daughter, who has been helping with meals since the wrist fracture. | wrist fracture |
            Lives with two roommates, one of whom was recently treated for scabies. | scabies | FAMILY
            Sexually active with one male partner, who has genital herpes. | genital herpes | FAMILY
            A student in his class has strep throat. | strep throat | FAMILY
            One of her roommates has mono. | mono | FAMILY
            Household members should be tested if they develop a cough. | cough | HYPOTHETICAL,FAMILY
            All household members received flu vaccines to protect the infant from influenza. | influenza | HYPOTHETICAL
            Father at bedside, who also has gout, helped with the history. | gout | FAMILY
            Dad states his own asthma went away in his teens. | asthma | FAMILY
            Phone triage: father reports mild lip swelling after the OIT dose. | lip swelling |
            Knee sprain - parent to f/u with sports medicine. | Knee sprain |
            Uncle reportedly had a heart murmur, but this was never formally diagnosed. | heart murmur | FAMILY,LOW_CONFIDENCE
            His best friend has strep throat. | strep throat | FAMILY
            Her husband, who found her in the barn, was also treated for dizziness from the fumes. | dizziness | FAMILY
            Phone triage: father states 4 yo has new hives on the trunk. | hives |
            Pt and her two children with vomiting after the picnic. | vomiting |
            Follow-up call: mother reports one episode of vomiting overnight. | vomiting |
            The neighbor's child also ate the mushrooms and had diarrhea. | diarrhea | FAMILY
            Lives with father and stepmother, who has asthma. | asthma | FAMILY
            His grandmother lives with him and has Parkinson disease. | Parkinson disease | FAMILY
            One of her twins has plagiocephaly. | plagiocephaly | FAMILY
            You were exposed to a person in your dorm with measles. | measles | FAMILY
            Counseling was offered given her children's risk of developing hemochromatosis. | hemochromatosis | HYPOTHETICAL,FAMILY
            The implicated donor tested negative for HLA antibodies. | HLA antibodies | NEGATION,FAMILY
            A donor of one of your past units later tested positive for hepatitis B. | hepatitis B | FAMILY
            Sexually active with one female partner, who tested negative for chlamydia. | chlamydia | NEGATION,FAMILY
            Her suitemate was treated for mono last week. | mono | FAMILY
            The dog owner confirmed the person who bit him has no known hepatitis. | hepatitis | NEGATION,FAMILY
            """)
    void familyMentions(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Possible early pneumonia in the left lower lobe.              | pneumonia         | LOW_CONFIDENCE
            No fever, possible pneumonia.                                 | fever             | NEGATION
            No fever, possible pneumonia.                                 | pneumonia         | LOW_CONFIDENCE
            Findings are suspicious for malignancy.                       | malignancy        | LOW_CONFIDENCE
            Metastatic disease cannot be entirely ruled out.              | Metastatic disease | LOW_CONFIDENCE
            Pulmonary embolism is suspected.                              | Pulmonary embolism | LOW_CONFIDENCE
            There is no clinical suspicion for endocarditis.              | endocarditis      | NEGATION
            Pneumonia was ruled out.                                      | Pneumonia         | NEGATION
            Likely viral gastroenteritis; she also has hypertension.      | hypertension      |
            Possible cellulitis, but the abscess is confirmed.            | abscess           |
            Call your doctor if you develop possible signs of infection.  | infection         | HYPOTHETICAL
            Dyspnea - ? CHF exacerbation.                                 | CHF exacerbation  | LOW_CONFIDENCE
            Hazy opacity compatible with edema in the right clinical context. | edema         | LOW_CONFIDENCE
            Hazy opacity compatible with edema in the right clinical context. | Hazy opacity  |
            Pulmonary embolism is likely.                                 | Pulmonary embolism | LOW_CONFIDENCE
            His hypothyroidism is probably congenital.                    | hypothyroidism    |
            Findings suspicious for appendicitis, including a dilated appendix and fat stranding. | appendicitis | LOW_CONFIDENCE
            Uncle with ?Marfan syndrome per family report.                | Marfan syndrome   | FAMILY,LOW_CONFIDENCE
            Anemia ?GI bleed, scope pending.                              | Anemia            |
            Anemia ?GI bleed, scope pending.                              | GI bleed          | LOW_CONFIDENCE
            Small left effusion? on the lateral view only.                | effusion          | LOW_CONFIDENCE
            Headache, migraine versus tension type.                       | Headache          |
            Headache, migraine versus tension type.                       | migraine          | LOW_CONFIDENCE
            Pneumonia, in the appropriate clinical setting.               | Pneumonia         | LOW_CONFIDENCE
            We think you may have a stomach ulcer.                        | stomach ulcer     | LOW_CONFIDENCE
            You may have some bruising.                                   | bruising          | HYPOTHETICAL
            Lung nodule larger vs 6/2023 CT.                              | Lung nodule       |
            His brother reportedly had epilepsy, not confirmed.           | epilepsy          | FAMILY,LOW_CONFIDENCE
            Bone spurs, which may contribute to his knee pain.            | knee pain         |
            Died of heart failure, ? related to amyloidosis.              | amyloidosis       | LOW_CONFIDENCE
            Died of heart failure, ? related to amyloidosis.              | heart failure     |
            ?Appendicitis - CT with fat stranding.                        | fat stranding     |
            Borderline low platelets on this morning's labs.              | low platelets     |
            The ECG is borderline for left ventricular hypertrophy.       | left ventricular hypertrophy | LOW_CONFIDENCE
            Your doctor thinks the swelling near your ankle is a superficial clot. | superficial clot  | LOW_CONFIDENCE
            Your doctor thinks the swelling near your ankle is a superficial clot. | swelling          |
            The 8 mm enhancing focus is favored to represent a hemangioma. | hemangioma        | LOW_CONFIDENCE
            Slowing over the left hemisphere may indicate a structural lesion. | structural lesion | LOW_CONFIDENCE
            The BRCA2 variant is likely pathogenic and explains her breast cancer. | breast cancer     |
            A normal stress test does not fully rule out coronary disease. | coronary disease  | LOW_CONFIDENCE
            Anxiety may also be playing a role in the palpitations.       | Anxiety           | LOW_CONFIDENCE
            Atypical glands, suspicious for but not diagnostic of carcinoma. | carcinoma         | LOW_CONFIDENCE
            He was told he had asthma, which may actually have been reflux. | reflux            | LOW_CONFIDENCE
            It is unclear whether she has glaucoma.                       | glaucoma          | LOW_CONFIDENCE
            Unclear whether her late father's 'weak eyes' were glaucoma.  | glaucoma          | FAMILY,LOW_CONFIDENCE
            Your cough is likely a post-viral cough.                      | post-viral cough  | LOW_CONFIDENCE
            Iron deficiency, suspected (ferritin 38) - recheck iron studies. | Iron deficiency   | LOW_CONFIDENCE
            Anemia, suspected iron deficiency.                            | Anemia            | 
            Neurosarcoidosis - on differential, ACE level ordered.        | Neurosarcoidosis  | LOW_CONFIDENCE
            You may have had a small stroke.                              | small stroke      | LOW_CONFIDENCE
            Your cousin who travelled with you may also have had dengue.  | dengue            | FAMILY,LOW_CONFIDENCE
            Your flank pain may have been from a small stone that passed on its own. | small stone       | LOW_CONFIDENCE
            Hypersensitivity pneumonitis is also in the differential.     | Hypersensitivity pneumonitis | LOW_CONFIDENCE
            Per your report, his sister may also have hand-foot-and-mouth disease. | hand-foot-and-mouth disease | FAMILY,LOW_CONFIDENCE
            The ache in your ribs is likely from a pulled muscle.         | pulled muscle     | LOW_CONFIDENCE
            The ache in your ribs is likely from a pulled muscle.         | ache in your ribs | 
            A fragment of the drain may have been retained in the tract.  | fragment of the drain | LOW_CONFIDENCE
            Your neurologist suspects you may also have restless legs syndrome. | restless legs syndrome | LOW_CONFIDENCE
            A bacterial infection is still possible, so finish the drops. | bacterial infection | LOW_CONFIDENCE
            There is possible early appendicitis on the ultrasound.       | appendicitis      | LOW_CONFIDENCE
            Celiac disease, probable (tTG 3x ULN), biopsy pending.        | Celiac disease    | LOW_CONFIDENCE
            Followed by ophthalmology as a glaucoma suspect.              | glaucoma          | LOW_CONFIDENCE
            Crohn disease cannot be reliably excluded on this study.      | Crohn disease     | LOW_CONFIDENCE
            Her gait changes could reflect a B12 deficiency.              | B12 deficiency    | LOW_CONFIDENCE
            The rash may have started from a bug bite on your ankle.      | bug bite          | LOW_CONFIDENCE
            A normal ECG cannot completely rule out angina.               | angina            | LOW_CONFIDENCE
            Your headache is likely coming from tight neck muscles.       | tight neck muscles | LOW_CONFIDENCE
            Your headache is likely coming from tight neck muscles.       | headache          | 
            One normal MRI does not exclude multiple sclerosis.           | multiple sclerosis | LOW_CONFIDENCE
            The findings are compatible with, but not diagnostic of, sarcoidosis. | sarcoidosis       | LOW_CONFIDENCE
            Bipolar disorder is less likely given the history.            | Bipolar disorder  | LOW_CONFIDENCE
            Her anemia is likely also iron deficiency.                    | iron deficiency   | LOW_CONFIDENCE
            Her anemia is likely also iron deficiency.                    | anemia            | 
            Poor sleep may be part of why your headaches are worse.       | Poor sleep        | LOW_CONFIDENCE
            Lyme IgM equivocal.                                           | Lyme IgM          | LOW_CONFIDENCE
            A negative study does not exclude giant cell arteritis.       | giant cell arteritis | LOW_CONFIDENCE
            Her rash is possibly a reaction related to her lupus.         | lupus             |
            Her rash is possibly a reaction related to her lupus.         | reaction          | LOW_CONFIDENCE
            Chronic rhinosinusitis, bilateral - suspected; CT ordered.    | Chronic rhinosinusitis | LOW_CONFIDENCE
            Obstructive sleep apnea (OSA) - probable, sleep study next month. | Obstructive sleep apnea | LOW_CONFIDENCE
            Sinusitis, likely - on amoxicillin.                           | Sinusitis         | LOW_CONFIDENCE
            The biopsy raises the possibility of lymphoma.                | lymphoma          | LOW_CONFIDENCE
            We are not yet sure whether you have type 1 or type 2 diabetes. | type 2 diabetes   | LOW_CONFIDENCE
            Your wheezing tonight was likely triggered by smoke from the wood stove. | wheezing          |
            Hereditary alpha-tryptasemia suspected but never tested.      | Hereditary alpha-tryptasemia | LOW_CONFIDENCE
            Bronchospasm suspected after intubation (rising peak pressures) — albuterol via ETT. | Bronchospasm      | LOW_CONFIDENCE
            Patchy rectal erythema, possibly mild proctitis versus prep effect. | mild proctitis    | LOW_CONFIDENCE
            Borderline (suspicious) for acute TCMR on the 6-month biopsy. | acute TCMR | LOW_CONFIDENCE
            Mother had kidney stones in her 40s, thought to be cystinuria. | cystinuria | FAMILY,LOW_CONFIDENCE
            We could not tell for sure whether you had a blood clot. | blood clot | LOW_CONFIDENCE
            Septic arthritis cannot be r/o; aspirate pending. | Septic arthritis | LOW_CONFIDENCE
            Dr. Lee thinks you may also have carpal tunnel syndrome. | carpal tunnel syndrome | LOW_CONFIDENCE
            Her husband was suspected to have TB but was never tested. | TB | FAMILY,LOW_CONFIDENCE
            His brother was thought to have lupus. | lupus | FAMILY,LOW_CONFIDENCE
            Grandfather had some kind of blood disorder. | blood disorder | FAMILY,LOW_CONFIDENCE
            Flow cytometry to distinguish CLL from mantle cell lymphoma. | CLL | LOW_CONFIDENCE
            Ovarian cyst, suspected on ultrasound; MRI pending. | Ovarian cyst | LOW_CONFIDENCE
            Your fatigue is likely related to low iron. | fatigue |
            Your fatigue is likely related to low iron. | low iron | LOW_CONFIDENCE
            Your doctor suspects a stress fracture. | stress fracture | LOW_CONFIDENCE
            Pneumonia - possible given fever and cough. | Pneumonia | LOW_CONFIDENCE
            Osteomyelitis of the left great toe is presumed based on the MRI. | Osteomyelitis | LOW_CONFIDENCE
            She has chest tightness with exertion, which is likely exercise-induced asthma. | exercise-induced asthma | LOW_CONFIDENCE
            The opacity at the left base is likely atelectasis. | atelectasis | LOW_CONFIDENCE
            Recurrent thyroid cancer in the neck nodes - possible, biopsy pending. | Recurrent thyroid cancer | LOW_CONFIDENCE
            Your stroke is suspected to be from a tear in the neck artery. | stroke |
            Your stroke is suspected to be from a tear in the neck artery. | tear in the neck artery | LOW_CONFIDENCE
            Asthma - questionable diagnosis; spirometry pending. | Asthma | LOW_CONFIDENCE
            Intermediate probability of pulmonary embolism on the V/Q scan. | pulmonary embolism | LOW_CONFIDENCE
            Her symptoms could represent thyroid storm, although anxiety is more likely. | anxiety | LOW_CONFIDENCE
            Possible nodule in the right lobe, limited by motion artifact. | motion artifact |
            Viral gastroenteritis is the most likely cause of her vomiting. | Viral gastroenteritis | LOW_CONFIDENCE
            The lesion looks like a seborrheic keratosis. | seborrheic keratosis | LOW_CONFIDENCE
            Her liver enzymes may be high from a drug reaction. | drug reaction | LOW_CONFIDENCE
            His knee pain is likely gout. | knee pain |
            His knee pain is likely gout. | gout | LOW_CONFIDENCE
            Her anxiety is probably part of the cause of her chest tightness. | anxiety | LOW_CONFIDENCE
            We are concerned you may have sleep apnea. | sleep apnea | LOW_CONFIDENCE
            Father worried about possible sleep apnea given loud snoring. | sleep apnea | LOW_CONFIDENCE
            Medication overuse headache - likely contributing; taper planned. | Medication overuse headache | LOW_CONFIDENCE
            36. Intestinal helminth infection - cannot rule out; repeat O&P ordered. | Intestinal helminth infection | LOW_CONFIDENCE
            38. Trichiasis, R upper lid - possible; ophthalmology referral placed. | Trichiasis | LOW_CONFIDENCE
            Transient synovitis of the right hip is the most likely diagnosis. | Transient synovitis | LOW_CONFIDENCE
            Your doctors think a viral infection may have triggered this flare. | viral infection | LOW_CONFIDENCE
            Concern for nonunion of the R scaphoid waist fracture - CT ordered. | scaphoid waist fracture |
            Concern for nonunion of the R scaphoid waist fracture - CT ordered. | nonunion | LOW_CONFIDENCE
            Suspicion of recurrence of the lymphoma after therapy. | lymphoma | LOW_CONFIDENCE
            Possible Lewy body disease (fluctuations, visual hallucinations) - under evaluation. | visual hallucinations |
            Probable cerebral amyloid angiopathy (4 lobar microbleeds on SWI). | lobar microbleeds |
            Possible Lewy body disease (fluctuations, visual hallucinations) - under evaluation. | Lewy body disease | LOW_CONFIDENCE
            Your pain is probably from irritation of the lining of the stomach (gastritis). | gastritis | LOW_CONFIDENCE
            IMPRESSION: High probability pattern; CTEPH is likely in this clinical context. | CTEPH | LOW_CONFIDENCE
            Referred for speech delay and concern for autism spectrum disorder after a positive M-CHAT-R/F. | positive M-CHAT-R/F |
            Referred for speech delay and concern for autism spectrum disorder after a positive M-CHAT-R/F. | autism spectrum disorder | LOW_CONFIDENCE
            Active: 10. Suspected RUL adenocarcinoma, awaiting navigational bronchoscopy. | navigational bronchoscopy |
            Active: 10. Suspected RUL adenocarcinoma, awaiting navigational bronchoscopy. | RUL adenocarcinoma | LOW_CONFIDENCE
            The absence of an ictal correlate does not exclude a seizure from the insula. | seizure | LOW_CONFIDENCE
            Glaucoma suspect OD based on cup-to-disc ratio 0.7, not on drops. | Glaucoma | LOW_CONFIDENCE
            Your blood smear is negative today, but a single negative test does not completely rule out malaria. | malaria | LOW_CONFIDENCE
            Gastrogastric fistula suspected on UGI; CT pending. | Gastrogastric fistula | LOW_CONFIDENCE
            You may have a urinary tract infection, so take the antibiotic until the urine culture comes back. | urinary tract infection | LOW_CONFIDENCE
            Shellfish allergy - questionable, testing pending. | Shellfish allergy | LOW_CONFIDENCE
            It is still possible that his episodes were seizures rather than fainting. | seizures | LOW_CONFIDENCE
            Findings are suggestive of but not diagnostic for Turner syndrome. | Turner syndrome | LOW_CONFIDENCE
            Cerebral palsy is being considered given the imaging. | Cerebral palsy | LOW_CONFIDENCE
            Her daughter, a pharmacist, thinks she may have had a mini-stroke. | mini-stroke | LOW_CONFIDENCE
            Celiac disease has been considered but has never been confirmed. | Celiac disease | LOW_CONFIDENCE
            We could not fully rule out an early vascular occlusion, so please return tomorrow morning for a recheck. | early vascular occlusion | LOW_CONFIDENCE
            You were seen today for swelling of your left upper eyelid, which we think is a stye. | stye | LOW_CONFIDENCE
            We are not sure whether the sore on your heel is from pressure or from poor blood flow. | sore on your heel |
            We are not yet sure whether her speech delay is related to her early crisis. | speech delay |
            We are not sure whether the lump in your liver is cancer. | cancer | LOW_CONFIDENCE
            Her mother is concerned that the patient has body dysmorphic disorder. | body dysmorphic disorder | LOW_CONFIDENCE
            Dr. Lin is concerned about a possible pelvic abscess near your J-pouch. | pelvic abscess | LOW_CONFIDENCE
            Relative energy deficiency in sport (RED-S), suspected. | Relative energy deficiency in sport | LOW_CONFIDENCE
            Disordered eating, probable per EDE-Q - dietitian referral placed. | Disordered eating | LOW_CONFIDENCE
            We stopped your ethambutol because it may have caused damage to your optic nerves. | damage to your optic nerves | LOW_CONFIDENCE
            Left ventricular hypertrophy in the gray zone between athlete's heart and hypertrophic cardiomyopathy. | hypertrophic cardiomyopathy | LOW_CONFIDENCE
            Suspected SIBO, breath test ordered. | SIBO | LOW_CONFIDENCE
            Retethering cannot be distinguished from the expected postoperative appearance on imaging alone. | Retethering | LOW_CONFIDENCE
            We are not yet sure whether your calf pain is from a pinched nerve or from poor circulation. | poor circulation | LOW_CONFIDENCE
            We suspect your tiredness is from a low iron level, and your iron will be rechecked next month. | low iron level | LOW_CONFIDENCE
            Unclear whether the paternal grandmother's kidney failure was from diabetes or hypertension. | diabetes | FAMILY,LOW_CONFIDENCE
            Your urgency and bladder pain could also be caused by interstitial cystitis. | interstitial cystitis | LOW_CONFIDENCE
            Some of your swallowing trouble may also be from acid reflux, so you were started on omeprazole. | acid reflux | LOW_CONFIDENCE
            Sinus venosus defect, suspected on TTE, confirmed on CMR with PAPVR of the RUPV. | Sinus venosus defect |
            Urethral diverticulum, suspected on exam; MRI pending. | Urethral diverticulum | LOW_CONFIDENCE
            Pt worried she may have a blood clot, like her sister last year. | blood clot | LOW_CONFIDENCE
            Pt is worried she has lupus because her ANA was positive at an outside lab. | lupus | LOW_CONFIDENCE
            Results suggest a mild conductive hearing loss in the right ear, possibly secondary to middle ear fluid. | conductive hearing loss | LOW_CONFIDENCE
            CTA confirmed the suspected left M1 occlusion. | M1 occlusion |
            Mother died at 62 of cirrhosis attributed to alcohol, though iron overload was never excluded. | iron overload | LOW_CONFIDENCE
            Gout may be the cause of your big toe pain; we sent blood work to check your uric acid. | Gout | LOW_CONFIDENCE
            Asked to evaluate for possible Wilson disease. | Wilson disease | LOW_CONFIDENCE
            Systemic mastocytosis considered given tryptase of 40. | Systemic mastocytosis | LOW_CONFIDENCE
            Maternal aunt died young; the family suspects an undiagnosed heart condition. | heart condition | FAMILY,LOW_CONFIDENCE
            Mother wore hard contact lenses for a corneal problem, possibly keratoconus. | keratoconus | FAMILY,LOW_CONFIDENCE
            Lateral meniscus tear is questionable on this exam. | Lateral meniscus tear | LOW_CONFIDENCE
            Iron toxicity remains a concern until the repeat level is back. | Iron toxicity | LOW_CONFIDENCE
            Came in with a dark spot on her palm, worried that it is a melanoma. | melanoma | LOW_CONFIDENCE
            Jaw deviation to the right, c/f condylar resorption - CT ordered. | condylar resorption | LOW_CONFIDENCE
            The team is concerned for an evolving compartment syndrome. | compartment syndrome | LOW_CONFIDENCE
            """)
    void uncertainMentionsAreLowConfidence(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Relative uptake of 33% in the right kidney.                   | right kidney      |
            The relative risk of stroke was doubled.                      | stroke            | HYPOTHETICAL
            A first-degree relative had colon cancer.                     | colon cancer      | FAMILY
            Her relative with breast cancer was tested for BRCA.          | breast cancer     | FAMILY
            Several relatives have diabetes.                              | diabetes          | FAMILY
            The hydatid cyst contained multiple daughter cysts.           | hydatid cyst      |
            Twin pregnancy complicated by preeclampsia.                   | preeclampsia      |
            Naloxone kit given to his mother in case of an overdose. | overdose | HYPOTHETICAL
            Return for fever or a new rash, which can be signs of sepsis in children with burns. | sepsis | HYPOTHETICAL
            R/O fetal growth restriction: Twin B EFW 11th %ile, UA Dopplers normal. | UA Dopplers |
            Twin B w/ severe BPD, on home oxygen. | severe BPD | FAMILY
            """)
    void kinWordsNeedAKinshipSense(String sentence, String target, String expected) {
        check(sentence, target, expected);
    }
}
