briefingSearch.terms("vi",{"visiting":[1,1]});
