/** Questionnaire export formats shared by the survey tools: the door to src/lib/questionnaire. */
export { questionnaireStarQuestion, questionnaireStarDocument, type QuestionnaireStarType } from './questionnaireStar';
