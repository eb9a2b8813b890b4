briefingSearch.terms("mi",{"military":[0,2,1,2],"min":[1,3],"minister":[0,5],"ministry":[0,1],"missile":[0,1,1,1],"missiles":[1,1]});
